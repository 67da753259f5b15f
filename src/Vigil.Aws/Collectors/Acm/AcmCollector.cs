using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Acm;

namespace Vigil.Aws.Collectors.Acm;

/// <summary>ACM certificates of every key type in one region (ListCertificates, which without a key-type filter lists
/// only RSA_1024 and RSA_2048), each with the resources that use it (DescribeCertificate) and its tags (ListTagsForCertificate).</summary>
internal sealed class AcmCollector : IResourceCollector
{
    private static readonly string[] KeyTypes =
        ["RSA_1024", "RSA_2048", "RSA_3072", "RSA_4096", "EC_prime256v1", "EC_secp384r1", "EC_secp521r1"];

    public string Service => "acm";
    public bool Regional => true;

    public IReadOnlyList<string> Actions { get; } = ["acm:DescribeCertificate", "acm:ListCertificates", "acm:ListTagsForCertificate"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var input = new JsonObject { ["Includes"] = new JsonObject { ["keyTypes"] = new JsonArray([.. KeyTypes.Select(k => (JsonNode)k)]) } };
        var summaries = await target.ListAsync(sink, "acm", "ListCertificates", input, "CertificateSummaryList", ResourceTypes.AcmCertificate, cancellationToken).ConfigureAwait(false);
        if (summaries is null) return;
        await Task.WhenAll(summaries.Select(s => ReadOneAsync(target, sink, s, cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ReadOneAsync(CollectionTarget target, CollectionSink sink, JsonNode summary, CancellationToken cancellationToken)
    {
        var arn = summary.Text("CertificateArn") ?? throw new InvalidDataException("ListCertificates returned a certificate without CertificateArn");
        var describedTask = target.DetailAsync("acm", "DescribeCertificate", new JsonObject { ["CertificateArn"] = arn }, cancellationToken);
        var tagsTask = target.DetailAsync("acm", "ListTagsForCertificate", new JsonObject { ["CertificateArn"] = arn }, cancellationToken);
        var described = await describedTask.ConfigureAwait(false);
        var tags = await tagsTask.ConfigureAwait(false);

        var unreadable = new List<string>();
        Certificate certificate;
        if (described.Failure is { } failure)
        {
            certificate = ToCertificate(target, arn, summary);
            unreadable.Add(nameof(Certificate.InUseBy));
            sink.Failed(failure, target.AccountId, ResourceTypes.AcmCertificate, arn, nameof(Certificate.InUseBy));
        }
        else
        {
            var detail = described.Output!["Certificate"];
            certificate = ToCertificate(target, arn, detail) with { InUseBy = detail.Texts("InUseBy") };
        }
        if (tags.Failure is { } tagsFailure)
        {
            unreadable.Add(nameof(Certificate.Tags));
            sink.Failed(tagsFailure, target.AccountId, ResourceTypes.AcmCertificate, arn, nameof(Certificate.Tags));
        }
        else
        {
            certificate = certificate with { Tags = tags.Output.KeyValueTags() };
        }
        sink.Add(unreadable.Count == 0 ? certificate : certificate with { Unreadable = unreadable });
    }

    /// <summary>From a summary or a full description, which share these member names.</summary>
    private static Certificate ToCertificate(CollectionTarget target, string arn, JsonNode? certificate) => new()
    {
        Arn = arn,
        Name = certificate.Text("DomainName") ?? arn,
        AccountId = target.AccountId,
        Region = target.Region,
        DomainName = certificate.Text("DomainName"),
        Type = certificate.Text("Type") ?? throw new InvalidDataException($"ACM returned certificate {arn} without Type"),
        Status = certificate.Text("Status") ?? throw new InvalidDataException($"ACM returned certificate {arn} without Status"),
        NotAfter = certificate.Time("NotAfter"),
        KeyAlgorithm = certificate.Text("KeyAlgorithm"),
        RenewalEligibility = certificate.Text("RenewalEligibility"),
    };
}
