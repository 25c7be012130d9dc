using ComplaintOps.Web.Notices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace ComplaintOps.Tests.Web.Notices;

public static class TestDelivery
{
    /// <summary>The real delivery composition, e-mail through the SMTP server on <paramref name="port"/> without TLS.</summary>
    public static void Add(IServiceCollection services, int port)
    {
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Testing" });
        services.AddNoticeDelivery();
        services.PostConfigure<SmtpOptions>(o =>
        {
            o.Host = "127.0.0.1";
            o.Port = port;
            o.UseTls = false;
            o.From = "示例银行 <notices@bank.example>";
        });
    }
}
