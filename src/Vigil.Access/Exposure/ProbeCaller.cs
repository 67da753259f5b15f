using System.Globalization;

namespace Vigil.Access.Exposure;

/// <summary>A caller put to the IAM engine by an exposure analysis, with the request context AWS would supply for it:
/// a request from the internet (a public source address, TLS, no VPC endpoint, no service acting on anyone's behalf)
/// at the scan's time, to a resource of <c>resourceAccount</c>.</summary>
public sealed record ProbeCaller(string Principal, Dictionary<string, IReadOnlyList<string>> Context)
{
    /// <summary>A documentation address (RFC 5737) standing for any address on the internet.</summary>
    private const string InternetAddress = "203.0.113.10";
    /// <summary>An organization none of the snapshot's accounts belongs to.</summary>
    private const string StrangerOrganization = "o-vigilstranger";

    public static ProbeCaller Anonymous(DateTimeOffset now, string resourceAccount) =>
        new("anonymous", Internet(now, resourceAccount));

    /// <summary>A role session in an account the policy does not name, whose organization is not the estate's.</summary>
    public static ProbeCaller Stranger(string account, DateTimeOffset now, string resourceAccount)
    {
        var caller = InAccount($"arn:aws:sts::{account}:assumed-role/vigil-probe/vigil-probe", account, now, resourceAccount);
        caller.Context["aws:PrincipalArn"] = [$"arn:aws:iam::{account}:role/vigil-probe"];
        caller.Context["aws:PrincipalOrgID"] = [StrangerOrganization];
        caller.Context["aws:PrincipalType"] = ["AssumedRole"];
        return caller;
    }

    /// <summary>The <paramref name="stranger"/> as a member of <paramref name="organization"/>, an organization the policy
    /// names that is not the estate's.</summary>
    public static ProbeCaller StrangerIn(string organization, ProbeCaller stranger)
    {
        var context = new Dictionary<string, IReadOnlyList<string>>(stranger.Context, StringComparer.OrdinalIgnoreCase)
        {
            ["aws:PrincipalOrgID"] = [organization],
        };
        return new ProbeCaller(stranger.Principal, context);
    }

    /// <summary>A principal of <paramref name="account"/> (its root, or an ARN the policy names) whose organization is unknown.</summary>
    public static ProbeCaller InAccount(string principal, string account, DateTimeOffset now, string resourceAccount)
    {
        var context = Internet(now, resourceAccount);
        context["aws:PrincipalAccount"] = [account];
        context["aws:PrincipalArn"] = [principal];
        context["aws:PrincipalIsAWSService"] = ["false"];
        context["kms:CallerAccount"] = [account];
        return new ProbeCaller(principal, context);
    }

    /// <summary>A user of an identity provider (SAML, OIDC, web identity) the policy names, signing in from the internet.</summary>
    public static ProbeCaller Federated(string provider, DateTimeOffset now, string resourceAccount) =>
        new(provider, Internet(now, resourceAccount));

    /// <summary>An AWS service acting for a resource of <paramref name="account"/>, an account the policy does not name.</summary>
    public static ProbeCaller ServiceFor(string service, string account, DateTimeOffset now, string resourceAccount)
    {
        var context = Internet(now, resourceAccount);
        var prefix = service.Split('.')[0];
        context["aws:SourceAccount"] = [account];
        context["aws:SourceOwner"] = [account];
        context["aws:SourceArn"] = [$"arn:aws:{prefix}:us-east-1:{account}:vigil-probe"];
        context["aws:SourceOrgID"] = [StrangerOrganization];
        context["aws:PrincipalIsAWSService"] = ["true"];
        context["aws:PrincipalServiceName"] = [service];
        return new ProbeCaller(service, context);
    }

    /// <summary>The same caller with <paramref name="values"/> added to (or replacing keys of) its context.</summary>
    public ProbeCaller With(IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        var context = new Dictionary<string, IReadOnlyList<string>>(Context, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values) context[key] = value;
        return this with { Context = context };
    }

    private static Dictionary<string, IReadOnlyList<string>> Internet(DateTimeOffset now, string resourceAccount) =>
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["aws:SourceIp"] = [InternetAddress],
            ["aws:SecureTransport"] = ["true"],
            ["aws:ViaAWSService"] = ["false"],
            ["aws:CurrentTime"] = [now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)],
            ["aws:EpochTime"] = [now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)],
            ["aws:ResourceAccount"] = [resourceAccount],
        };
}
