using System.Text;

namespace ComplaintOps.Analytics.Evaluation;

/// <summary>
/// RFC 4180 CSV reader: quoted fields may hold commas, line breaks and doubled quotes; CRLF or LF line ends; a UTF-8 BOM is
/// ignored. Returns the header and the records as string arrays.
/// </summary>
public static class CsvReader
{
    /// <summary>Reads all records of a file; the first record is the header.</summary>
    public static (string[] Header, List<string[]> Rows) ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader);
    }

    /// <summary>Reads all records from <paramref name="reader"/>; the first record is the header.</summary>
    public static (string[] Header, List<string[]> Rows) Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = Records(reader).ToList();
        if (records.Count == 0) throw new InvalidDataException("The CSV file is empty (no header row).");
        return (records[0], records.Skip(1).ToList());
    }

    /// <summary>Streams records one at a time.</summary>
    public static IEnumerable<string[]> Records(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var any = false;
        int ch;
        while ((ch = reader.Read()) >= 0)
        {
            var c = (char)ch;
            any = true;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n' or '\r':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return [.. fields];
                    fields.Clear();
                    any = false;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (inQuotes) throw new InvalidDataException("The CSV file ends inside a quoted field.");
        if (any)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }
}
