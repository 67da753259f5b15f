using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.CloudTrail;
using Vigil.Core.Model.S3;

namespace Vigil.Core.Tests.Engine;

internal static class TestMetadata
{
    public static CheckMetadata For(string id, Severity severity = Severity.High, string service = "s3") => new()
    {
        Id = id,
        Title = "Test check " + id,
        Severity = severity,
        Service = service,
        Domain = Domain.DataProtection,
        Risk = "A risk long enough for the metadata rules of the catalog.",
        Remediation = new() { Text = "Fix it.", Cli = "aws s3 x", Terraform = "resource {}", CloudFormation = "Type: X", Url = "https://docs.aws.amazon.com/" },
    };
}

/// <summary>Passes buckets with versioning, fails the rest; reads only Versioning.</summary>
internal sealed class VersioningCheck : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = TestMetadata.For("s3-test-versioning");
    public override IReadOnlyList<string>? Reads => ["Versioning"];
    public override CheckOutcome Evaluate(S3Bucket resource, CheckContext context) =>
        resource.VersioningEnabled ? Pass() : Fail($"{resource.Name} is not versioned.");
}

/// <summary>Declares no Reads: any unreadable property must make it error.</summary>
internal sealed class AnythingCheck : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = TestMetadata.For("s3-test-anything", Severity.Low);
    public override CheckOutcome Evaluate(S3Bucket resource, CheckContext context) => Pass();
}

internal sealed class ThrowingCheck : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = TestMetadata.For("s3-test-throws");
    public override CheckOutcome Evaluate(S3Bucket resource, CheckContext context) => throw new InvalidOperationException("boom");
}

internal sealed class SkipsLogBucketsCheck : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = TestMetadata.For("s3-test-skips");
    public override CheckOutcome Evaluate(S3Bucket resource, CheckContext context) =>
        resource.Name.StartsWith("logs", StringComparison.Ordinal) ? NotApplicable : Pass();
}

/// <summary>An account check that depends on trails.</summary>
internal sealed class HasTrailCheck : AccountCheck
{
    public override CheckMetadata Metadata { get; } = TestMetadata.For("cloudtrail-test-has-trail", service: "cloudtrail");
    public override IReadOnlyList<Type> DependsOn => [typeof(Account), typeof(Trail)];
    public override CheckOutcome Evaluate(Account account, CheckContext context) =>
        context.Index.InAccount<Trail>(account.AccountId).Any() ? Pass() : Fail("no trail");
}

/// <summary>Passes with a message naming what it found.</summary>
internal sealed class TalkativePassCheck : Check<S3Bucket>
{
    public override CheckMetadata Metadata { get; } = TestMetadata.For("s3-test-talkative");
    public override CheckOutcome Evaluate(S3Bucket resource, CheckContext context) =>
        resource.VersioningEnabled ? Pass($"{resource.Name} keeps every version.") : Pass();
}

/// <summary>Counts its bucket names in a shared analysis that the engine prepares when the scan starts.</summary>
internal sealed class PreparingCheck(bool failing = false) : Check<S3Bucket>
{
    public int Preparations;

    public override CheckMetadata Metadata { get; } = TestMetadata.For("s3-test-prepares");

    public override bool Prepares => true;

    public override void Prepare(CheckContext context)
    {
        Interlocked.Increment(ref Preparations);
        Analysis(context);
    }

    public override CheckOutcome Evaluate(S3Bucket resource, CheckContext context) =>
        Analysis(context).Contains(resource.Name) ? Pass() : Fail("missing");

    private HashSet<string> Analysis(CheckContext context) => context.Index.Computed("test-prepared", snapshot =>
        failing ? throw new InvalidOperationException("analysis failed") : snapshot.S3Buckets.Select(b => b.Name).ToHashSet());
}
