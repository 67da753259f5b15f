using Vigil.Core.Model.Acm;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::CertificateManager::Certificate: issued once the stack is created (CloudFormation waits for
/// validation), RSA_2048 unless KeyAlgorithm says otherwise, in use by the resources of the template that name it.
/// Its expiry is set at issuance, so NotAfter is unknown.</summary>
internal sealed class CertificateMapper : IResourceMapper
{
    public string Type => "AWS::CertificateManager::Certificate";

    public void Map(MappedResource r, MappingContext context)
    {
        r.MarkUnknown("NotAfter", "the certificate's expiry, set by ACM when it is issued at deployment");
        context.Add(new Certificate
        {
            Arn = r.Arn,
            Name = r.String("DomainName", "DomainName") ?? r.Name,
            AccountId = r.Account,
            Region = r.Region,
            Tags = r.Tags(),
            DomainName = r.String("DomainName", "DomainName"),
            Type = r.Value("CertificateAuthorityArn") is not null ? "PRIVATE" : "AMAZON_ISSUED",
            Status = "ISSUED",
            KeyAlgorithm = r.String("KeyAlgorithm", "KeyAlgorithm") ?? "RSA_2048",
            InUseBy = context.StackResources.Where(s => Mentions(s.Properties, r.Arn)).Select(s => context.IdentityOf(s.Declaration).Arn).ToList(),
        }, r);
    }

    private static bool Mentions(CfnValue value, string arn) => value switch
    {
        CfnString s => s.Value == arn,
        CfnList list => list.Items.Any(i => Mentions(i, arn)),
        CfnMap map => map.Entries.Any(e => Mentions(e.Value, arn)),
        _ => false,
    };
}
