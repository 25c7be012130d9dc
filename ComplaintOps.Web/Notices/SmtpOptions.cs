using System.ComponentModel.DataAnnotations;

namespace ComplaintOps.Web.Notices;

/// <summary>The mail server e-mail notices go through (section <c>Notices:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Notices:Smtp";

    /// <summary>Empty: e-mail is written to the log (refused in Production unless <see cref="Disabled"/>).</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>TLS: implicit on port 465, STARTTLS (required, never silently plain) on any other port.</summary>
    public bool UseTls { get; set; } = true;

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. "示例银行 &lt;notices@bank.example&gt;"; its domain also names the Message-ID.</summary>
    [Required]
    public string From { get; set; } = "ComplaintOps <notices@complaintops.local>";

    /// <summary>Production without e-mail on purpose: e-mail notices are logged instead of refused at start.</summary>
    public bool Disabled { get; set; }

    public bool IsConfigured => !Disabled && !string.IsNullOrWhiteSpace(Host);
}
