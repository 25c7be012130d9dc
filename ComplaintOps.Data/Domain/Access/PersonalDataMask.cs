namespace ComplaintOps.Data.Domain.Access;

/// <summary>
/// How personal data looks to someone without <see cref="Permission.ViewPersonalData"/>: enough to recognise a customer
/// on the phone (138****5678, 李*), never enough to contact or identify them. One definition for pages, exports and the hub.
/// </summary>
public static class PersonalDataMask
{
    /// <summary>The masked form of one field's value (null stays null: there is nothing to show or reveal).</summary>
    public static string? Of(PersonalDataField field, string? value) => field switch
    {
        PersonalDataField.Name => value is null ? null : Name(value),
        PersonalDataField.Phone => Phone(value),
        PersonalDataField.Email => Email(value),
        PersonalDataField.IdNumber => IdNumber(value),
        PersonalDataField.Account => Account(value),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public static string Name(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            return "";
        }

        // Chinese names: keep the surname character; Latin names: keep the first letter of each word.
        return trimmed.Contains(' ', StringComparison.Ordinal)
            ? string.Join(' ', trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0] + "***"))
            : trimmed[0] + new string('*', Math.Clamp(trimmed.Length - 1, 1, 3));
    }

    public static string? Phone(string? phone) => phone is null ? null : KeepEnds(phone, 3, 4);

    public static string? IdNumber(string? id) => id is null ? null : KeepEnds(id, 4, 4);

    public static string? Account(string? account) => account is null ? null : KeepEnds(account, 0, 4);

    public static string? Email(string? email)
    {
        if (email is null)
        {
            return null;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? KeepEnds(email, 1, 0) : email[0] + "***" + email[at..];
    }

    private static string KeepEnds(string value, int head, int tail)
    {
        if (value.Length <= head + tail)
        {
            return new string('*', value.Length);
        }

        return value[..head] + new string('*', value.Length - head - tail) + value[^tail..];
    }
}
