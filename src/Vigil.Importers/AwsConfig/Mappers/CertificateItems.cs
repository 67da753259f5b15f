using Vigil.Core.Model;
using Vigil.Core.Model.Acm;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::ACM::Certificate: DescribeCertificate's certificate.</summary>
internal sealed class CertificateItems : IConfigItemMapper
{
    /// <summary>AWS Config's name; CloudFormation's (the record's type) is AWS::CertificateManager::Certificate.</summary>
    public const string ConfigType = "AWS::ACM::Certificate";

    public string ResourceType => ConfigType;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var arn = c.Text("certificateArn") ?? item.Arn ?? item.ResourceId;
        import.Add(new Certificate
        {
            Arn = arn,
            Name = c.Text("domainName") ?? item.Name,
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            DomainName = c.Text("domainName"),
            Type = c.Text("type") ?? "AMAZON_ISSUED",
            Status = c.Text("status") ?? "ISSUED",
            NotAfter = c.Time("notAfter"),
            KeyAlgorithm = c.Text("keyAlgorithm"),
            InUseBy = c.Texts("inUseBy"),
            RenewalEligibility = c.Text("renewalEligibility"),
        });
    }
}
