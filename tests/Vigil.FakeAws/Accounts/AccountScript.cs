using Vigil.Core.Model;
using Vigil.ScriptedAws.Script;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>Builds the script that makes Vigil's live collectors read one account of a snapshot back: who the
/// caller is, the enabled regions, and what IAM, S3, EC2 (VPC, EBS), KMS, SQS, SNS, Lambda, DynamoDB, RDS,
/// CloudTrail, CloudWatch Logs, Organizations, Macie and the SSM public-sharing setting answer. Every other operation answers empty (an account without such
/// resources).</summary>
public static class AccountScript
{
    public const string CallerName = "vigil-scanner";

    public static ScriptedAccount From(Snapshot snapshot, string? accountId = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var account = accountId ?? (snapshot.Accounts.Count > 0 ? snapshot.Accounts[0].AccountId : null)
            ?? snapshot.AllResources().FirstOrDefault()?.AccountId
            ?? throw new ArgumentException("The snapshot has no account to script.", nameof(snapshot));
        var scope = new AccountScope(snapshot, account);
        if (scope.Regions.Count == 0) throw new ArgumentException("The snapshot names no regions, so there is nothing to read regional services in.", nameof(snapshot));
        var script = new ScriptedAccount();
        IdentityScript.Add(scope, script);
        IamScript.Add(scope, script);
        S3Script.Add(scope, script);
        Ec2Script.Add(scope, script);
        KmsScript.Add(scope, script);
        SqsScript.Add(scope, script);
        SnsScript.Add(scope, script);
        LambdaScript.Add(scope, script);
        LambdaLayerScript.Add(scope, script);
        DynamoDbScript.Add(scope, script);
        RdsScript.Add(scope, script);
        CloudTrailScript.Add(scope, script);
        LogsScript.Add(scope, script);
        OrganizationScript.Add(scope, script);
        OrganizationPoliciesScript.Add(scope, script);
        SecurityServicesScript.Add(scope, script);
        return script;
    }
}
