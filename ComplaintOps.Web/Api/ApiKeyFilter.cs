using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Api;

/// <summary>Rejects requests without a valid <c>X-Api-Key</c> header (constant-time comparison).</summary>
public sealed class ApiKeyFilter(IOptionsMonitor<IntakeOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = context.HttpContext.Request.Headers[HeaderName].ToString();
        var bytes = Encoding.UTF8.GetBytes(presented);
        var valid = presented.Length > 0 && options.CurrentValue.ApiKeys.Any(k => CryptographicOperations.FixedTimeEquals(bytes, Encoding.UTF8.GetBytes(k)));
        return valid
            ? await next(context)
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or invalid API key",
                detail: $"Send a valid key in the {HeaderName} header.");
    }
}
