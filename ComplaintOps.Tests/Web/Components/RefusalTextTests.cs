using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using ComplaintOps.Web.Resources;

namespace ComplaintOps.Tests.Web.Components;

/// <summary>Every refusal the domain can raise has its own text in Chinese and English, so the UI never falls back to an English message.</summary>
public sealed partial class RefusalTextTests
{
    [Fact]
    public void Every_domain_error_code_has_a_chinese_and_an_english_text()
    {
        var codes = DomainErrorCodes();
        Assert.Contains("invalid_reason", codes);        // the scan sees the per-field refusals…
        Assert.Contains("authorization_limit", codes);   // …and the named ones
        var resources = new ResourceManager(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);
        var en = CultureInfo.GetCultureInfo("en");
        var zh = CultureInfo.GetCultureInfo("zh-CN");

        var missing = codes.Where(code =>
                resources.GetString("Error." + code, en) is null
                || resources.GetString("Error." + code, zh) is not { } chinese || !ContainsChinese(chinese))
            .ToList();

        Assert.Empty(missing);
    }

    /// <summary>The codes written in the domain and feature code: <c>DomainException("code", …)</c> and the per-field <c>Require(…, "field", …)</c>.</summary>
    private static SortedSet<string> DomainErrorCodes()
    {
        var root = RepositoryRoot();
        var codes = new SortedSet<string>(StringComparer.Ordinal) { "forbidden", "out_of_scope", "not_assigned_to_you" };
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "ComplaintOps.Data"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in NamedCode().Matches(text))
            {
                codes.Add(m.Groups[1].Value);
            }

            foreach (Match m in FieldCode().Matches(text))
            {
                codes.Add("invalid_" + m.Groups[1].Value);
            }
        }

        codes.Remove("invalid_");   // the prefix the per-field refusals are built from
        return codes;
    }

    private static bool ContainsChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ComplaintOps.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ComplaintOps.sln not found above the test output.");
    }

    [GeneratedRegex("DomainException\\(\"([a-z_]+)\"")]
    private static partial Regex NamedCode();

    [GeneratedRegex("Require(?:Text)?\\((?:[^;]|\\n)*?,\\s*\"([a-zA-Z]+)\",\\s*\"")]
    private static partial Regex FieldCode();
}
