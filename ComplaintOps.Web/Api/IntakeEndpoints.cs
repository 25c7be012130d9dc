using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Web.Identity;
using ComplaintOps.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Api;

/// <summary>POST /api/v1/complaints and GET /api/v1/complaints/{id}.</summary>
public static class IntakeEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static IServiceCollection AddIntakeApi(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<IntakeOptions>, IntakeOptionsValidator>();
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return services;
    }

    public static void MapIntakeApi(this IEndpointRouteBuilder app)
    {
        // API clients authenticate with their key (scheme ApiKey: no cookie, no sign-in redirect) and are limited per client.
        var api = app.MapGroup("/api/v1/complaints").RequireRateLimiting(RateLimits.IntakePerClient).DisableAntiforgery();
        // Kestrel enforces the limit too (413 before the body is read); IntakeBody checks it itself for every server.
        api.MapPost("/", RegisterAsync).RequireAuthorization(ApiPolicies.Intake)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(IntakeBody.MaxBytes));
        api.MapGet("/{id:guid}", GetAsync).RequireAuthorization(ApiPolicies.IntakeRead);
    }

    private static async Task<IResult> RegisterAsync(HttpRequest request, IComplaintCommands commands, IComplaintQueries queries,
        IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send application/json");
        }

        var key = request.Headers[IdempotencyHeader].ToString();
        if (key.Length > ComplaintLimits.IdempotencyKey || SafeText.FindUnsafe(key, multiLine: false) >= 0)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
                { [IdempotencyHeader] = [$"At most {ComplaintLimits.IdempotencyKey} characters, without control characters."] });
        }

        var (body, refusal) = await IntakeBody.ReadAsync(request, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = new List<FieldError>();
        var complaint = body!.ToNewComplaint(errors);
        errors.AddRange((await commands.ValidateAsync(complaint, ct)).Where(e => errors.TrueForAll(known => known.Field != e.Field)));
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(IntakeErrorLanguage.Messages(errors, body.Language, localizer), title: "Invalid complaint");
        }

        try
        {
            var client = ClientOf(request.HttpContext);
            var result = await commands.RegisterAsync(complaint, client, key.Length == 0 ? null : key, ct);
            var detail = await queries.GetAsync(result.Id, client, ct);
            var response = ComplaintResponse.From(detail!);
            if (!result.Created)
            {
                request.HttpContext.Response.Headers["Idempotent-Replayed"] = "true";
                return Results.Ok(response);
            }

            return Results.Created($"/api/v1/complaints/{result.Id}", response);
        }
        catch (DomainException ex)
        {
            return ex.ToProblem();
        }
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IComplaintQueries queries, CancellationToken ct)
    {
        var detail = await queries.GetAsync(id, ClientOf(http), ct);
        return detail is null ? new NotFoundException("Complaint", id).ToProblem() : Results.Ok(ComplaintResponse.From(detail));
    }

    /// <summary>The authenticated API client as the actor its registrations are recorded under (its id and name, role System).</summary>
    private static Actor ClientOf(HttpContext http) =>
        ClaimsActor.From(http.User) ?? throw new InvalidOperationException("The intake endpoints require an authenticated API client.");
}
