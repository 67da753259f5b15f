using Vigil.Core.Model.Acm;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_acm_certificate: imported when it carries a private key, private when a private CA issues it, else
/// Amazon issued. Whether and until when it is issued is known only after apply.</summary>
internal sealed class AcmCertificateMapper : IResourceMapper
{
    public string Type => "aws_acm_certificate";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        unknowns.Add("Status", $"{instance.Address} is issued (or validated) only after apply.");
        unknowns.Add("NotAfter", $"the validity of {instance.Address} is set when it is issued, after apply.");
        var type = context.Read(instance, "private_key").IsKnown ? "IMPORTED"
            : !context.Read(instance, "certificate_authority_arn").IsAbsent ? "PRIVATE" : "AMAZON_ISSUED";
        context.Add(new Certificate
        {
            Arn = identity.Arn,
            Name = context.Read(instance, "domain_name").String ?? identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            DomainName = context.Read(instance, "domain_name").String,
            Type = type,
            KeyAlgorithm = context.Read(instance, "key_algorithm").String ?? (type == "IMPORTED" ? null : "RSA_2048"),
        }, unknowns);
    }
}
