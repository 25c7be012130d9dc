using System.Buffers;
using System.Text.Json;

namespace ComplaintOps.Web.Api;

/// <summary>
/// Reads an intake body within fixed bounds: at most <see cref="MaxBytes"/> (413 beyond, whether or not the client sent a
/// Content-Length) and JSON nested at most <see cref="MaxDepth"/> deep (400). A complaint is a flat object; nothing
/// legitimate comes near either limit.
/// </summary>
public static class IntakeBody
{
    public const int MaxBytes = 256 * 1024;
    public const int MaxDepth = 16;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerOptions.Web) { MaxDepth = MaxDepth };

    /// <summary>The body, or the problem to answer instead.</summary>
    public static async Task<(IntakeRequest? Body, IResult? Refusal)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        var buffer = ArrayPool<byte>.Shared.Rent(MaxBytes + 1);
        try
        {
            var length = 0;
            int read;
            while (length <= MaxBytes && (read = await request.Body.ReadAsync(buffer.AsMemory(length, MaxBytes + 1 - length), ct)) > 0)
            {
                length += read;
            }

            if (length > MaxBytes)
            {
                return (null, TooLarge());
            }

            var body = JsonSerializer.Deserialize<IntakeRequest>(buffer.AsSpan(0, length), Options);
            return body is null ? (null, Malformed("$", "A JSON object is required.")) : (body, null);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "$" : ex.Path.TrimStart('$', '.');
            return (null, Malformed(field, $"The body is not valid JSON here: {ex.Message.Split(" Path:")[0]}"));
        }
        catch (InvalidOperationException)
        {
            // Strings that are not valid UTF-8 (or UTF-16 escapes that pair no surrogates) cannot be read as text.
            return (null, Malformed("$", "The body contains text that is not valid UTF-8."));
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());   // Kestrel's own limit stopped the read
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static IResult TooLarge() => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large",
        detail: $"An intake request is at most {MaxBytes / 1024} KB.");

    private static IResult Malformed(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Malformed JSON");
}
