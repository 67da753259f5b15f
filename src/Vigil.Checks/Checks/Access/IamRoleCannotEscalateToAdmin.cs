using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;
using Vigil.Core.Model.Iam;
using Vigil.Core.Model.Lambda;

namespace Vigil.Checks.Checks.Access;

internal sealed class IamRoleCannotEscalateToAdmin : Check<IamRole>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-role-cannot-escalate-to-admin",
        Title = "IAM roles that are not administrators cannot make themselves administrators",
        Severity = Severity.Critical,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "A role that can reach administrative access — by rewriting its own or another principal's policies, creating credentials for a more privileged user, assuming or rewriting the trust of a privileged role, passing a privileged role to a new Lambda function, instance, stack or job, or taking over compute that already runs as one — is an administrator in all but name: whoever controls it controls the account, and least privilege, boundaries and reviews of its own policy give a false sense of safety.",
        Remediation = PrivescRemediation.For("role"),
    };

    public override IReadOnlyList<Type> DependsOn =>
        [typeof(IamUser), typeof(IamRole), typeof(IamGroup), typeof(ManagedPolicy), typeof(InstanceProfile), typeof(LambdaFunction), typeof(Ec2Instance)];

    public override IReadOnlyList<string>? Reads => ["AttachedPolicies", "InlinePolicies", "PermissionsBoundaryArn", "TrustPolicy"];

    public override bool Prepares => true;

    public override void Prepare(CheckContext context) => PrivescVerdict.Report(context);

    public override CheckOutcome Evaluate(IamRole role, CheckContext context) => PrivescVerdict.Of(role, "role", context);
}
