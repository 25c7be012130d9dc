using ComplaintOps.Analytics.Evaluation;

namespace ComplaintOps.Tests.Analytics;

public sealed class CsvReaderTests
{
    [Fact]
    public void Quoted_fields_keep_commas_newlines_and_doubled_quotes()
    {
        var csv = "id,text,label\r\n1,\"Hello, world\",a\r\n2,\"line one\nline two\",b\n3,\"she said \"\"no\"\"\",c\n4,,\"\"";

        var (header, rows) = CsvReader.Read(new StringReader(csv));

        Assert.Equal(["id", "text", "label"], header);
        Assert.Equal(4, rows.Count);
        Assert.Equal("Hello, world", rows[0][1]);
        Assert.Equal("line one\nline two", rows[1][1]);
        Assert.Equal("she said \"no\"", rows[2][1]);
        Assert.Equal(["4", "", ""], rows[3]);
    }

    [Fact]
    public void A_trailing_newline_does_not_add_an_empty_record()
    {
        var (_, rows) = CsvReader.Read(new StringReader("a,b\n1,2\n"));

        Assert.Single(rows);
    }

    [Fact]
    public void An_unterminated_quote_is_an_error()
    {
        Assert.Throws<InvalidDataException>(() => CsvReader.Read(new StringReader("a,b\n1,\"open")));
    }

    [Fact]
    public void The_real_cfpb_file_parses_into_rows_of_the_header_width()
    {
        var (header, rows) = CsvReader.ReadFile(SharedData.Cfpb);

        Assert.Equal(18, header.Length);
        Assert.Equal(6623, rows.Count);
        Assert.All(rows, r => Assert.Equal(18, r.Length));
    }
}
