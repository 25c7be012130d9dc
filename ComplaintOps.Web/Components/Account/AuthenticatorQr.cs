using Microsoft.AspNetCore.Components;
using QRCoder;

namespace ComplaintOps.Web.Components.Account;

/// <summary>The otpauth:// QR code an authenticator app scans, as inline SVG (nothing leaves the server).</summary>
public static class AuthenticatorQr
{
    public static MarkupString Svg(string userName, string key)
    {
        var uri = $"otpauth://totp/ComplaintOps:{Uri.EscapeDataString(userName)}?secret={key}&issuer=ComplaintOps&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new MarkupString(new SvgQRCode(data).GetGraphic(4));
    }
}
