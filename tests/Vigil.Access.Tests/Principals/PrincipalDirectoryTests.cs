using Vigil.Access.Principals;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;
using Vigil.Core.Model.Organizations;
using Vigil.Iam;

namespace Vigil.Access.Tests.Principals;

public sealed class PrincipalDirectoryTests
{
    private const string AccountId = "111122223333";
    private const string ReadOnlyArn = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    private const string BoundaryArn = "arn:aws:iam::111122223333:policy/Boundary";

    private static string Allow(string action) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"{{action}}","Resource":"*"}]}""";

    private static Snapshot Estate(IReadOnlyList<string>? parents = null, bool management = false) => new()
    {
        Accounts = [new Account { Arn = Account.ArnFor(AccountId), Name = "prod", AccountId = AccountId, OrganizationId = "o-abc", OrganizationParents = parents, IsOrganizationManagementAccount = management }],
        IamPolicies =
        [
            new ManagedPolicy { Arn = ReadOnlyArn, Name = "ReadOnlyAccess", AccountId = AccountId, IsAwsManaged = true, Document = Allow("s3:Get*") },
            new ManagedPolicy { Arn = BoundaryArn, Name = "Boundary", AccountId = AccountId, Document = Allow("s3:*") },
        ],
        IamGroups = [new IamGroup { Arn = $"arn:aws:iam::{AccountId}:group/devs", Name = "devs", AccountId = AccountId, InlinePolicies = [new InlinePolicy("ec2", Allow("ec2:Describe*"))] }],
        IamUsers =
        [
            new IamUser
            {
                Arn = $"arn:aws:iam::{AccountId}:user/alice", Name = "alice", AccountId = AccountId,
                Groups = ["devs", "gone"],
                AttachedPolicies = [new AttachedPolicy("ReadOnlyAccess", ReadOnlyArn), new AttachedPolicy("Missing", $"arn:aws:iam::{AccountId}:policy/Missing")],
                InlinePolicies = [new InlinePolicy("broken", "{not json")],
                PermissionsBoundaryArn = BoundaryArn,
            },
        ],
        OrganizationPolicies =
        [
            new OrganizationPolicy { Arn = "arn:aws:organizations::999:policy/o-abc/service_control_policy/p-full", Name = "FullAWSAccess", AccountId = "999", PolicyType = OrganizationPolicy.ServiceControlPolicy, Document = Allow("*"), Targets = ["r-root"], AwsManaged = true },
            new OrganizationPolicy { Arn = "arn:aws:organizations::999:policy/o-abc/service_control_policy/p-s3", Name = "OnlyS3", AccountId = "999", PolicyType = OrganizationPolicy.ServiceControlPolicy, Document = Allow("s3:*"), Targets = ["ou-prod", AccountId] },
        ],
    };

    [Fact]
    public void PoliciesOf_User_CollectsOwnAndGroupPoliciesAndNamesWhatIsMissing()
    {
        var policies = new PrincipalDirectory(Estate(["r-root", "ou-prod"])).PoliciesOf($"arn:aws:iam::{AccountId}:user/alice")!;

        Assert.Equal([ReadOnlyArn, "inline ec2 of group/devs"], policies.IdentityPolicies.Select(p => p.Source));
        Assert.Equal(BoundaryArn, policies.PermissionsBoundary!.Source);
        Assert.Contains(policies.Problems, p => p.Contains("group gone", StringComparison.Ordinal));
        Assert.Contains(policies.Problems, p => p.Contains("policy/Missing", StringComparison.Ordinal));
        Assert.Contains(policies.Problems, p => p.Contains("inline broken of user/alice is not a valid policy", StringComparison.Ordinal));
    }

    [Fact]
    public void PoliciesOf_MemberAccount_AppliesScpLevelsFromRootToAccount()
    {
        var policies = new PrincipalDirectory(Estate(["r-root", "ou-prod"])).PoliciesOf($"arn:aws:iam::{AccountId}:user/alice")!;

        Assert.Equal([["FullAWSAccess"], ["OnlyS3"], ["OnlyS3"]],
            policies.Scps!.Select(level => level.Select(p => p.Source.EndsWith("p-full", StringComparison.Ordinal) ? "FullAWSAccess" : "OnlyS3").ToArray()));
        var request = new AuthorizationRequest
        {
            Principal = policies.Arn, Action = "s3:GetObject", Resource = "arn:aws:s3:::b/k",
            IdentityPolicies = policies.IdentityPolicies, PermissionsBoundary = policies.PermissionsBoundary, Scps = policies.Scps,
        };
        Assert.Equal(Decision.Allowed, Evaluator.Evaluate(request).Decision);
        Assert.Equal(Decision.ImplicitDeny, Evaluator.Evaluate(request with { Action = "ec2:DescribeInstances", Resource = "*" }).Decision);
    }

    [Fact]
    public void PoliciesOf_ManagementAccount_HasNoScps()
    {
        var policies = new PrincipalDirectory(Estate(["r-root"], management: true)).PoliciesOf($"arn:aws:iam::{AccountId}:user/alice")!;

        Assert.Null(policies.Scps);
    }

    [Fact]
    public void PoliciesOf_AccountWhosePlaceWasNotCollected_SaysSo()
    {
        var policies = new PrincipalDirectory(Estate(parents: null)).PoliciesOf($"arn:aws:iam::{AccountId}:user/alice")!;

        Assert.Null(policies.Scps);
        Assert.Contains(policies.Problems, p => p.Contains("place in the organization was not collected", StringComparison.Ordinal));
    }

    [Fact]
    public void PoliciesOf_UnknownArn_IsNull() =>
        Assert.Null(new PrincipalDirectory(Estate()).PoliciesOf($"arn:aws:iam::{AccountId}:user/nobody"));
}
