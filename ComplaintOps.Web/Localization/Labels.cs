using System.Globalization;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ComplaintOps.Web.Localization;

/// <summary>Display names for enums, catalog codes and staff in the current UI language.</summary>
public static class Labels
{
    public static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    /// <summary>Looks up "<paramref name="prefix"/>.&lt;value&gt;", e.g. <c>L.Enum("Status", status)</c>.</summary>
    public static string Enum<TEnum>(this IStringLocalizer<SharedResource> l, string prefix, TEnum value)
        where TEnum : struct, Enum => l[$"{prefix}.{value}"];

    public static string Enum<TEnum>(this IStringLocalizer<SharedResource> l, string prefix, TEnum? value)
        where TEnum : struct, Enum => value is { } v ? l.Enum(prefix, v) : "—";

    /// <summary>For a select's ToStringFunc: nothing chosen shows as empty so the label can sit in the field.</summary>
    public static string Option<TEnum>(this IStringLocalizer<SharedResource> l, string prefix, TEnum? value)
        where TEnum : struct, Enum => value is { } v ? l.Enum(prefix, v) : "";

    public static string CategoryOption(string? code) => code is null ? "" : Category(code);

    public static string DepartmentOption(string? code) => code is null ? "" : Department(code);

    public static string Category(string? code) =>
        code is null ? "—" : Categories.Find(code) is { } c ? (IsChinese ? c.NameZh : c.NameEn) : code;

    public static string Department(string? code) =>
        code is null ? "—" : Departments.Find(code)?.Name(IsChinese) ?? code;

    public static string Region(string? code) =>
        code is null ? "—" : Regions.Find(code)?.Name(IsChinese) ?? code;

    public static string RegionOption(string? code) => code is null ? "" : Region(code);

    public static string StaffName(StaffMember member) => IsChinese ? member.Name : member.NameEn;

    public static string Staff(this IStringLocalizer<SharedResource> l, StaffMember member) =>
        $"{StaffName(member)} · {l.Enum("Role", member.Role)}";

    public static string Money(decimal? amount) =>
        amount is { } a ? a.ToString("¥#,##0.00", CultureInfo.InvariantCulture) : "—";

    /// <summary>A rate as "93.5%" (one decimal, the same in both languages), or "—" when there is nothing to rate.</summary>
    public static string Percent(double? rate) =>
        rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>"+170%" / "-20%": growth against a baseline.</summary>
    public static string Growth(double growth) => (growth >= 0 ? "+" : "") + (growth * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>"due in 2d 3h" / "2天3小时后到期", or "overdue by …" when <paramref name="remaining"/> is negative.</summary>
    public static string Countdown(this IStringLocalizer<SharedResource> l, TimeSpan remaining)
    {
        var text = l.Duration(remaining);
        return remaining >= TimeSpan.Zero ? l["Clock.DueIn", text] : l["Clock.Overdue", text];
    }

    /// <summary>"2d 3h" / "2天3小时", "3h 5m", "12m": a span in the reader's language.</summary>
    public static string Duration(this IStringLocalizer<SharedResource> l, TimeSpan duration)
    {
        var span = duration.Duration();
        return span.TotalDays >= 1
            ? l["Duration.DaysHours", (int)span.TotalDays, span.Hours]
            : span.TotalHours >= 1
                ? l["Duration.HoursMinutes", (int)span.TotalHours, span.Minutes]
                : l["Duration.Minutes", Math.Max(1, (int)Math.Ceiling(span.TotalMinutes))];
    }

    /// <summary>
    /// A countdown that visibly ticks: "due in 02:13:45" / "02:13:45后到期" under a day, else days and hours as
    /// <see cref="Countdown"/>; "overdue by …" / "已逾期…" when <paramref name="remaining"/> is negative.
    /// </summary>
    public static string LiveCountdown(this IStringLocalizer<SharedResource> l, TimeSpan remaining)
    {
        var span = remaining.Duration();
        var text = span.TotalDays >= 1
            ? l["Duration.DaysHours", (int)span.TotalDays, span.Hours].Value
            : span.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
        return remaining >= TimeSpan.Zero ? l["Clock.DueIn", text] : l["Clock.Overdue", text];
    }
}
