using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Data.Features.Demo;
using ComplaintOps.Data.Text;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Data.CaseLibrary;

/// <summary>The demo seeder fills the library with closed complaints of both languages; the index embeds them on first load.</summary>
public sealed class DemoCasesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seeded_demo_cases_are_searchable_and_get_vectors_when_the_index_loads()
    {
        await using var stack = await CaseLibraryStack.StartAsync();
        await stack.Services.GetRequiredService<DemoDataSeeder>().SeedAsync(new DemoOptions { Complaints = 1500 }, Ct);

        var all = await stack.Queries.SearchAsync(new CaseSearchQuery(Take: 100), Ct);
        await using (var db = TestServices.OpenContext(stack.Database))
        {
            Assert.InRange(all.Total, 20, 12 * (DemoDataSeeder.CasesPerCategory + (DemoDataSeeder.CasesPerCategory / 2)));
            var cases = await db.LibraryCases.ToListAsync(Ct);
            Assert.Contains(cases, c => c.Language == "zh");
            Assert.Contains(cases, c => c.Language == "en");
            var complaintIds = cases.Select(c => c.ComplaintId).ToList();
            Assert.All(await db.Complaints.Where(c => complaintIds.Contains(c.Id)).Select(c => c.Status).ToListAsync(Ct),
                s => Assert.Equal(ComplaintStatus.Closed, s));
            Assert.Equal(0, await db.LibraryCaseVectors.CountAsync(Ct));
        }

        var chinese = all.Items.First(h => h.Title.Any(TextTokenizer.IsCjk));
        var word = WordSegmenter.QueryWords(chinese.Title).First(t => t.Length >= 2);
        Assert.Contains(chinese.Id, (await stack.Queries.SearchAsync(new CaseSearchQuery(word, Take: 100), Ct)).Items.Select(h => h.Id));

        await stack.Library.EnsureIndexAsync(Ct);

        await using var after = TestServices.OpenContext(stack.Database);
        Assert.Equal(all.Total, await after.LibraryCaseVectors.CountAsync(Ct));
        Assert.Equal(all.Total, stack.Services.GetRequiredService<ComplaintOps.Analytics.CaseLibrary.SimilarCaseIndex>().Count);
    }
}
