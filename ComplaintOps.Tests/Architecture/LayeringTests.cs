using System.Reflection;
using ComplaintOps.Data.Domain.Complaints;

namespace ComplaintOps.Tests.Architecture;

public sealed class LayeringTests
{
    private static readonly string[] Forbidden = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "MudBlazor", "Microsoft.ML"];

    [Fact]
    public void The_domain_namespace_uses_no_persistence_web_or_ml_types()
    {
        var domainTypes = typeof(Complaint).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("ComplaintOps.Data.Domain", StringComparison.Ordinal) == true)
            .ToList();
        Assert.NotEmpty(domainTypes);

        var offenders = domainTypes
            .SelectMany(t => ReferencedTypes(t).Select(r => (Type: t, Reference: r)))
            .Where(x => Forbidden.Any(f => x.Reference.Assembly.GetName().Name!.StartsWith(f, StringComparison.Ordinal)))
            .Select(x => $"{x.Type.FullName} -> {x.Reference.FullName}")
            .Distinct()
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Data_references_no_other_ComplaintOps_project_and_Analytics_never_references_Web()
    {
        Assert.DoesNotContain(typeof(Complaint).Assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("ComplaintOps.", StringComparison.Ordinal));
        var analytics = Assembly.Load("ComplaintOps.Analytics");
        Assert.DoesNotContain(analytics.GetReferencedAssemblies(), a => a.Name == "ComplaintOps.Web");
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } b)
        {
            yield return b;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        foreach (var a in type.GetCustomAttributesData())
        {
            yield return a.AttributeType;
        }

        foreach (var f in type.GetFields(all))
        {
            yield return f.FieldType;
        }

        foreach (var p in type.GetProperties(all))
        {
            yield return p.PropertyType;
        }

        foreach (var m in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (m is MethodInfo mi)
            {
                yield return mi.ReturnType;
            }

            foreach (var p in m.GetParameters())
            {
                yield return p.ParameterType;
            }

            foreach (var local in m.GetMethodBody()?.LocalVariables ?? [])
            {
                yield return local.LocalType;
            }
        }
    }
}
