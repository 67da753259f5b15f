using Vigil.Access.Exposure;
using Vigil.Core.Model;
using Vigil.Core.Model.S3;

namespace Vigil.Access.Tests.Exposure;

/// <summary>Small estates for exposure tests: account 111122223333 (organization o-ours) owns the resources, 222233334444
/// is another account of the organization, 777788889999 is on the trusted list, 444455556666 is a stranger.</summary>
internal static class ExposureEstate
{
    public const string Owner = "111122223333";
    public const string Sibling = "222233334444";
    public const string Trusted = "777788889999";
    public const string Stranger = "444455556666";
    public const string Organization = "o-ours";
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public static Core.Model.Account.Account OwnerAccount { get; } = new()
    {
        Arn = Core.Model.Account.Account.ArnFor(Owner), Name = "prod", AccountId = Owner, OrganizationId = Organization,
        IsOrganizationManagementAccount = false, OrganizationParents = ["r-root"],
        S3PublicAccessBlock = new PublicAccessBlock(),
    };

    public static Core.Model.Account.Account SiblingAccount { get; } = new() { Arn = Core.Model.Account.Account.ArnFor(Sibling), Name = "dev", AccountId = Sibling, OrganizationId = Organization };

    public static Snapshot With(Func<Snapshot, Snapshot> add) => add(new Snapshot { Accounts = [OwnerAccount, SiblingAccount] });

    public static ExposureReport Analyse(Snapshot snapshot) =>
        ExposureAnalyzer.Analyse(snapshot, new ExposureSettings([Trusted], Now), CancellationToken.None);

    public static string Policy(string statements) => $$"""{"Version":"2012-10-17","Statement":[{{statements}}]}""";

    public static string Allow(string principal, string action, string resource, string condition = "") =>
        $$"""{"Sid":"Grant","Effect":"Allow","Principal":{{principal}},"Action":"{{action}}","Resource":"{{resource}}"{{(condition.Length > 0 ? ",\"Condition\":" + condition : "")}}}""";

    public static string Account(string id) => $$"""{"AWS":"arn:aws:iam::{{id}}:root"}""";

    public static ExposedResource Single(ExposureReport report, string arn) => Assert.Single(report.Resources, r => r.Arn == arn);

    public static IEnumerable<string> Actions(ExposureGrant grant) => grant.Actions.SelectMany(a => a.Actions);

    public static S3Bucket Bucket(string name, string? policy) => new()
    {
        Arn = $"arn:aws:s3:::{name}", Name = name, AccountId = Owner, Region = "eu-west-1", Policy = policy,
        PublicAccessBlock = new PublicAccessBlock(), ObjectOwnership = "BucketOwnerEnforced",
    };
}
