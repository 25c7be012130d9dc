using System.Globalization;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Features.Reports;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using CsvHelper;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace ComplaintOps.Web.Reports;

/// <summary>
/// Writes a report as CSV (CsvHelper) or XLSX (MiniExcel). Values stay exact decimals. The XLSX of an internal report has
/// a second sheet listing the complaints behind each figure; the public disclosure's exports never carry complaint ids.
/// </summary>
public static class ReportExport
{
    public const string FiguresSheet = "Figures";
    public const string ComplaintsSheet = "Complaints";

    public static IReadOnlyList<ReportExportRow> Rows(ReportView report, IStringLocalizer<SharedResource> l, TopicNames? topics)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Figures.Select(f => new ReportExportRow
        {
            Section = f.Section,
            SectionName = ReportLabels.Section(l, f.Section),
            Item = f.Item,
            Name = ReportLabels.Item(l, f, topics),
            Unit = f.Unit.ToString(),
            Value = f.Value,
            Complaints = f.Ids.Count,
        })];
    }

    public static async Task WriteCsvAsync(Stream output, IReadOnlyList<ReportExportRow> rows, CancellationToken cancellationToken)
    {
        // A byte order mark, so that Excel opens the Chinese names as UTF-8.
        await using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = CsvWriter.Create(writer, new CsvWriterOptions(), true);
        await csv.WriteRecordsAsync(rows, cancellationToken);
    }

    public static async Task WriteXlsxAsync(Stream output, ReportView report, IReadOnlyList<ReportExportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sheets = new Dictionary<string, object> { [FiguresSheet] = rows };
        if (report.Kind != ReportKind.Disclosure)
        {
            sheets[ComplaintsSheet] = report.Figures.SelectMany(f => f.Ids.Select(id => new ReportExportComplaint { Figure = f.Key, ComplaintId = id.ToString("D") })).ToList();
        }

        await MiniExcel.SaveAsAsync(output, sheets, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
    }
}
