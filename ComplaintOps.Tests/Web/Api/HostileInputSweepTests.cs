using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Web.Api;

/// <summary>
/// Hundreds of malformed and hostile intake requests, generated per field from a few lists, against the real app.
/// Each is refused with a 4xx problem and writes nothing, or (markup and SQL in free text) is stored verbatim;
/// nothing is ever a 5xx, and the server still answers afterwards.
/// </summary>
public sealed class HostileInputSweepTests(ComplaintOpsWebFactory factory) : IClassFixture<ComplaintOpsWebFactory>
{
    private static readonly string[] TextFields =
        ["subject", "description", "customerName", "customerPhone", "customerEmail", "customerIdNumber", "customerAccount", "product", "externalReference"];

    private static readonly string[] AllFields =
        [.. TextFields, "channel", "customerTier", "preferredContact", "language", "disputedAmount", "regulatorDeadline", "namedEmployeeIds"];

    private static readonly string[] UnsafeCharacters =
        ["\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u001b", "\u007f", "\u0085", "\u009f", "\ufffe", "\uffff", "\u202a", "\u202e", "\u2066", "\u2069"];

    private static readonly string[] Payloads = ["<script>alert(1)</script>", "'; DROP TABLE Complaints;--", "\" OR 1=1 --", "<img src=x onerror=alert(1)>"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Case(string Name, Func<HttpRequestMessage> Request, HttpStatusCode[] Statuses, string? Field = null, string? StoredField = null, string? StoredValue = null);

    private static JsonObject Valid() => new()
    {
        ["channel"] = "MobileApp",
        ["subject"] = "手机银行升级后无法登录",
        ["description"] = "昨晚升级到最新版本后，登录一直提示系统繁忙。",
        ["customerName"] = "李雷",
        ["customerPhone"] = "13912345678",
        ["language"] = "zh",
    };

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, ComplaintOps.Data.Domain.Calendar.BusinessCalendar.ChinaTimeZone).DateTime);

    private static HttpRequestMessage Post(HttpContent content, Action<HttpRequestMessage>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/complaints") { Content = content };
        request.Headers.Add("X-Api-Key", "demo-intake-key");
        headers?.Invoke(request);
        return request;
    }

    private static HttpRequestMessage Raw(string json) => Post(new StringContent(json, Encoding.UTF8, "application/json"));

    private static HttpRequestMessage Bytes(byte[] body, string contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return Post(content);
    }

    private static HttpRequestMessage With(string field, JsonNode? value)
    {
        var body = Valid();
        body[field] = value;
        if (field == "regulatorDeadline")
        {
            body["channel"] = "Regulator";
        }

        return Raw(body.ToJsonString());
    }

    /// <summary>The valid body with <paramref name="field"/> set to raw JSON text, for what a JsonNode cannot hold.</summary>
    private static HttpRequestMessage WithRaw(string field, string rawJson)
    {
        var body = Valid();
        body[field] = "@@placeholder@@";
        return Raw(body.ToJsonString().Replace("\"@@placeholder@@\"", rawJson, StringComparison.Ordinal));
    }

    private static readonly HttpStatusCode[] BadRequest = [HttpStatusCode.BadRequest];
    private static readonly HttpStatusCode[] CreatedOrBad = [HttpStatusCode.Created, HttpStatusCode.BadRequest];

    private static IEnumerable<Case> Cases()
    {
        foreach (var field in TextFields)
        {
            foreach (var ch in UnsafeCharacters)
            {
                yield return new($"{field} with U+{(int)ch[0]:X4}", () => With(field, "张" + ch + "三"), BadRequest, field);
            }

            // Lone surrogates written as JSON escapes: not text at all.
            yield return new($"{field} with a lone high surrogate", () => WithRaw(field, "\"a\\ud800b\""), BadRequest);
            yield return new($"{field} with a lone low surrogate", () => WithRaw(field, "\"\\udc00\""), BadRequest);

            foreach (var payload in Payloads)
            {
                yield return new($"{field} holding {payload}", () => With(field, payload), CreatedOrBad, StoredField: field, StoredValue: payload);
            }
        }

        foreach (var field in AllFields)
        {
            JsonNode?[] wrong = field switch
            {
                "disputedAmount" => ["abc", true, new JsonObject(), new JsonArray(1)],
                "regulatorDeadline" => [20270101, "not a date", "2026-13-45", "2026-02-30", true, new JsonObject()],
                "namedEmployeeIds" => ["E001", 12, new JsonObject(), new JsonArray(new JsonArray("x"))],
                _ => [123, true, new JsonObject(), new JsonArray("a")],
            };
            foreach (var value in wrong)
            {
                yield return new($"{field} as {value?.ToJsonString()}", () => With(field, value?.DeepClone()), BadRequest, field);
            }
        }

        foreach (var amount in new[] { "79228162514264337593543950335", "-1", "-0.01", "0.001", "1000000000000.01", "0.005", "1e30", "1E+13", "99999999999999999999" })
        {
            yield return new($"disputedAmount {amount}", () => Raw(Valid().ToJsonString().TrimEnd('}') + $",\"disputedAmount\":{amount}}}"), BadRequest, "disputedAmount");
        }

        foreach (var date in new[] { "9999-12-31", "0001-01-01", "1900-01-01", Today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                     Today.AddYears(1).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "10000-01-01", "-0001-01-01" })
        {
            yield return new($"regulatorDeadline {date}", () => With("regulatorDeadline", date), BadRequest, "regulatorDeadline");
        }

        var valid = Valid().ToJsonString();
        for (var cut = 0; cut < valid.Length; cut += Math.Max(1, valid.Length / 25))
        {
            var text = valid[..cut];
            yield return new($"truncated at {cut}", () => Raw(text), BadRequest);
        }

        foreach (var garbage in new[] { "x", "}", "{}", ",", "\u0000", "[]" })
        {
            yield return new($"trailing {JsonSerializer.Serialize(garbage)}", () => Raw(valid + garbage), BadRequest);
        }

        foreach (var notAnObject in new[] { "null", "[]", "\"text\"", "123", "true", "{\"channel\":", "{'channel':'Phone'}", "{\"channel\":\"Phone\",}" })
        {
            yield return new($"body {notAnObject}", () => Raw(notAnObject), BadRequest);
        }

        var huge = Valid();
        huge["description"] = new string('长', 100_000);   // 300 KB of UTF-8
        yield return new("huge body with a length", () => Raw(huge.ToJsonString()), [HttpStatusCode.RequestEntityTooLarge]);
        yield return new("huge body chunked", () => Post(new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge.ToJsonString())))
        { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }), [HttpStatusCode.RequestEntityTooLarge]);

        var deep = string.Concat(Enumerable.Repeat("[", 1000)) + string.Concat(Enumerable.Repeat("]", 1000));
        yield return new("depth 1000 in an unknown property", () => Raw(valid.TrimEnd('}') + ",\"extra\":" + deep + "}"), BadRequest);
        yield return new("depth 1000 in namedEmployeeIds", () => Raw(valid.TrimEnd('}') + ",\"namedEmployeeIds\":" + deep + "}"), BadRequest);
        yield return new("depth 17 objects", () => Raw(valid.TrimEnd('}') + ",\"extra\":" + string.Concat(Enumerable.Repeat("{\"a\":", 17)) + "1" + new string('}', 17) + "}"), BadRequest);

        foreach (var bytes in new byte[][] { [0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF8, 0x88, 0x80, 0x80, 0x80] })
        {
            var body = Encoding.UTF8.GetBytes(valid).ToList();
            body.InsertRange(Encoding.UTF8.GetBytes(valid).AsSpan().IndexOf("\"subject\":\""u8) + 11, bytes);   // inside the subject's value
            var array = body.ToArray();
            yield return new($"invalid UTF-8 {Convert.ToHexString(bytes)}", () => Bytes(array), BadRequest);
        }

        foreach (var type in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream" })
        {
            yield return new($"content type {type}", () => Bytes(Encoding.UTF8.GetBytes(valid), type), [HttpStatusCode.UnsupportedMediaType]);
        }

        yield return new("no content type", () => Post(new ByteArrayContent(Encoding.UTF8.GetBytes(valid))), [HttpStatusCode.UnsupportedMediaType]);
        yield return new("huge idempotency key", () => Post(new StringContent(valid, Encoding.UTF8, "application/json"),
            r => r.Headers.Add("Idempotency-Key", new string('k', 16_000))), BadRequest);
        yield return new("control characters in the idempotency key", () => Post(new StringContent(valid, Encoding.UTF8, "application/json"),
            r => r.Headers.TryAddWithoutValidation("Idempotency-Key", "a\u0001b")), BadRequest);
        yield return new("huge api key", () =>
        {
            var r = Raw(valid);
            r.Headers.Remove("X-Api-Key");
            r.Headers.Add("X-Api-Key", new string('k', 16_000));
            return r;
        }, [HttpStatusCode.Unauthorized]);
    }

    [Fact]
    public async Task Hostile_requests_are_refused_with_problems_or_stored_verbatim_and_the_server_stays_up()
    {
        var cases = Cases().ToList();
        var client = factory.CreateClient();
        var failures = new List<string>();
        var accepted = 0;

        foreach (var c in cases)
        {
            var before = await factory.CountComplaintsAsync();
            using var response = await client.SendAsync(c.Request(), Ct);
            var after = await factory.CountComplaintsAsync();
            var status = response.StatusCode;
            if (!c.Statuses.Contains(status))
            {
                failures.Add($"{c.Name}: {(int)status}, expected {string.Join("/", c.Statuses.Select(s => (int)s))}");
                continue;
            }

            if (status == HttpStatusCode.Created)
            {
                accepted++;
                var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetGuid();
                var stored = await StoredAsync(id, c.StoredField!);
                if (after != before + 1 || stored != c.StoredValue)
                {
                    failures.Add($"{c.Name}: accepted but stored as {stored} (rows {before} → {after})");
                }

                continue;
            }

            var problem = await response.Content.ReadAsStringAsync(Ct);
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{c.Name}: {(int)status} as {response.Content.Headers.ContentType}");
            }
            else if (c.Field is not null && !JsonDocument.Parse(problem).RootElement.GetProperty("errors").EnumerateObject().Any(e => e.Name.StartsWith(c.Field, StringComparison.Ordinal)))
            {
                failures.Add($"{c.Name}: the problem does not name {c.Field}: {problem}");
            }

            if (after != before)
            {
                failures.Add($"{c.Name}: refused but the row count changed {before} → {after}");
            }
        }

        Assert.True(cases.Count >= 200, $"only {cases.Count} cases");
        Assert.Empty(failures);
        Assert.InRange(accepted, 1, cases.Count(c => c.StoredValue is not null));   // markup/SQL in free text is kept, as text
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", Ct)).StatusCode);
    }

    private async Task<string?> StoredAsync(Guid id, string field)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        var complaint = await db.Complaints.AsNoTracking().SingleAsync(c => c.Id == id, Ct);
        return typeof(Complaint).GetProperty(char.ToUpperInvariant(field[0]) + field[1..])!.GetValue(complaint) as string;
    }
}
