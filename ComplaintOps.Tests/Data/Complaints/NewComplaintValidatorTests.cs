using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Data.Complaints;

public sealed class NewComplaintValidatorTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static IReadOnlyList<FieldError> Check(NewComplaint c) => NewComplaintValidator.Check(c, Now, Today);

    [Fact]
    public void The_sample_is_valid() => Assert.Empty(Check(ComplaintBuilder.Sample()));

    // Code points, not strings: xunit would turn a lone surrogate in test data into U+FFFD before the test sees it.
    [Theory]
    [InlineData(0x0000)]
    [InlineData(0x0007)]
    [InlineData(0x001B)]
    [InlineData(0x007F)]
    [InlineData(0x0085)]
    [InlineData(0x009B)]
    [InlineData(0xFFFE)]
    [InlineData(0xFFFF)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    [InlineData(0x202E)]
    [InlineData(0x202A)]
    [InlineData(0x2066)]
    [InlineData(0x2069)]
    [InlineData(0x000D)]
    public void Unsafe_characters_are_refused_in_every_text_field_with_a_code(int codePoint)
    {
        foreach (var (field, with) in TextFields(ComplaintBuilder.Sample(), "张" + (char)codePoint + "三"))
        {
            var error = Assert.Single(Check(with), e => e.Field == field);
            Assert.Equal(FieldErrorCodes.UnsafeCharacters, error.Code);
        }
    }

    [Fact]
    public void Line_breaks_and_tabs_stay_allowed_in_the_description_only()
    {
        Assert.Empty(Check(ComplaintBuilder.Sample() with { Description = "第一行\n第二行\r\n\t缩进" }));
        Assert.Contains(Check(ComplaintBuilder.Sample() with { Subject = "第一行\n第二行" }), e => e.Field == "subject" && e.Code == FieldErrorCodes.UnsafeCharacters);
        Assert.Empty(Check(ComplaintBuilder.Sample() with { Subject = "表情 😀 与生僻字 𠀀" }));   // surrogate pairs are real characters
    }

    [Theory]
    [InlineData("\u200b\u200b")]
    [InlineData("\u3164")]
    [InlineData("\ufeff")]
    [InlineData("12345")]
    [InlineData("---")]
    public void A_name_needs_a_visible_letter(string name) =>
        Assert.Contains(Check(ComplaintBuilder.Sample() with { CustomerName = name }), e => e.Field == "customerName" && e.Code == FieldErrorCodes.NoLetter);

    [Theory]
    [InlineData("13912345678", true)]
    [InlineData("+86 139 1234 5678", true)]
    [InlineData("010-12345678", true)]
    [InlineData("(0755) 1234567", true)]
    [InlineData("+44 20 7946 0958", true)]
    [InlineData("12345678901", false)]
    [InlineData("1391234567", false)]
    [InlineData("139123456789", false)]
    [InlineData("12345", false)]
    [InlineData("+0123456789", false)]
    [InlineData("+1234567890123456", false)]
    [InlineData("１３９１２３４５６７８", false)]   // full-width digits: not dialable as typed
    public void Phone_numbers(string phone, bool valid) =>
        Assert.Equal(valid, !Check(ComplaintBuilder.Sample() with { CustomerPhone = phone }).Any(e => e.Field == "customerPhone"));

    [Theory]
    [InlineData("0", true)]
    [InlineData("0.01", true)]
    [InlineData("1000000000000", true)]
    [InlineData("1000000000000.01", false)]
    [InlineData("0.001", false)]
    [InlineData("-0.01", false)]
    [InlineData("79228162514264337593543950335", false)]
    public void Amounts(string amount, bool valid)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(valid, !Check(ComplaintBuilder.Sample() with { DisputedAmount = value }).Any(e => e.Field == "disputedAmount" && e.Code == FieldErrorCodes.Amount));
    }

    [Theory]
    [InlineData("2026-03-02", true)]
    [InlineData("2027-03-02", true)]
    [InlineData("2027-03-03", false)]
    [InlineData("2026-03-01", false)]
    [InlineData("0001-01-01", false)]
    [InlineData("1900-01-01", false)]
    [InlineData("9999-12-31", false)]
    public void Regulator_deadlines_lie_within_a_year_of_registration(string deadline, bool valid)
    {
        var c = ComplaintBuilder.Sample() with { Channel = Channel.Regulator, RegulatorDeadline = DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(valid, !Check(c).Any(e => e.Field == "regulatorDeadline"));
    }

    [Fact]
    public void The_domain_refuses_what_the_validator_refuses_even_when_called_directly()
    {
        var at = TestInfrastructure.TestRules.Local(2026, 3, 2, 9);
        Assert.Throws<ComplaintOps.Data.Domain.Common.DomainException>(() => Complaint.Register(ComplaintBuilder.Sample() with { DisputedAmount = decimal.MaxValue },
            TestInfrastructure.TestRules.Agent, at, TestInfrastructure.TestRules.Bank2012));
        Assert.Throws<ComplaintOps.Data.Domain.Common.DomainException>(() => Complaint.Register(ComplaintBuilder.Sample() with { RegulatorDeadline = DateOnly.MaxValue },
            TestInfrastructure.TestRules.Agent, at, TestInfrastructure.TestRules.Bank2012));
    }

    private static IEnumerable<(string Field, NewComplaint With)> TextFields(NewComplaint c, string v) =>
    [
        ("subject", c with { Subject = v }), ("description", c with { Description = v }), ("customerName", c with { CustomerName = v }),
        ("customerPhone", c with { CustomerPhone = v }), ("customerEmail", c with { CustomerEmail = v }),
        ("customerIdNumber", c with { CustomerIdNumber = v }), ("customerAccount", c with { CustomerAccount = v }),
        ("product", c with { Product = v }), ("externalReference", c with { ExternalReference = v }),
    ];
}
