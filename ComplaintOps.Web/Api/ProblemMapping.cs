using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Features.Complaints;

namespace ComplaintOps.Web.Api;

/// <summary>Domain refusals as RFC 7807 problem details with the right status.</summary>
public static class ProblemMapping
{
    public static IResult ToProblem(this DomainException ex) => ex switch
    {
        ValidationException v => Results.ValidationProblem(v.Errors.ToDictionary(e => e.Key, e => e.Value), title: "Invalid complaint"),
        NotFoundException => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: ex.Message, extensions: Code(ex)),
        ConcurrencyConflictException => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Changed by someone else", detail: ex.Message, extensions: Code(ex)),
        IdempotencyKeyReusedException => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency key reused", detail: ex.Message, extensions: Code(ex)),
        InvalidTransitionException => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not allowed now", detail: ex.Message, extensions: Code(ex)),
        _ when ex.Code == "forbidden" => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: ex.Message, extensions: Code(ex)),
        _ => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Refused by a business rule", detail: ex.Message, extensions: Code(ex)),
    };

    private static Dictionary<string, object?> Code(DomainException ex) => new() { ["code"] = ex.Code };
}
