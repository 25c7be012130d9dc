using System.ComponentModel.DataAnnotations;

namespace ComplaintOps.Data.Domain.Common;

/// <summary>Runs the data-annotation rules of an options object built in code, with every broken rule in one message.</summary>
public static class OptionsValidation
{
    public static void Check(object options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            throw new ArgumentException($"Invalid {options.GetType().Name}: {string.Join("; ", results.Select(r => r.ErrorMessage))}", nameof(options));
        }
    }
}
