using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace ComplaintOps.Web.Hosting;

/// <summary>
/// The one Data Protection key ring of the app: it encrypts the customers' personal data in the database
/// (ComplaintOps.PersonalData.v1) and the sign-in cookies. Keys live in <c>DataProtection:KeyDirectory</c>
/// (default <c>App_Data/keys</c> under the content root); losing them loses the personal data, so back them up with
/// the database. The application name is fixed so every instance that shares the folder reads the others' data.
/// </summary>
public static class DataProtectionSetup
{
    public const string ApplicationName = "ComplaintOps";
    public const string SectionName = "DataProtection";
    public const string DefaultKeyDirectory = "App_Data/keys";

    public static IServiceCollection AddComplaintOpsDataProtection(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection(SectionName);
        var folder = section["KeyDirectory"] is { Length: > 0 } configured ? configured : DefaultKeyDirectory;
        var builder = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(Path.Combine(contentRoot, folder))));

        // Optional: keys encrypted at rest with a certificate (every instance needs the certificate to read them).
        if (section["CertificatePath"] is { Length: > 0 } certificate)
        {
            builder.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificate, section["CertificatePassword"]));
        }

        return services;
    }
}
