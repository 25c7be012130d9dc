using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Tests.Web.Components.Supervision;

/// <summary>The input or textarea of a MudBlazor field (its data-testid lands on the element itself in MudBlazor 9).</summary>
internal static class Inputs
{
    public static IElement Field<T>(IRenderedComponent<T> cut, string testId)
        where T : IComponent =>
        cut.Find($"textarea[data-testid={testId}], input[data-testid={testId}], [data-testid={testId}] textarea, [data-testid={testId}] input");
}
