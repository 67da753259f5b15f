using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;

namespace Vigil.Demo.Parts;

/// <summary>Privilege-escalation paths in the development account. The platform team built a Lambda-backed stack
/// provisioner that runs with the Terraform administrator policy; the release pipeline may pass any acme-dev-* role to
/// the functions it creates, so it can hand itself the provisioner's role. Developer hana.sato maintains the tooling
/// group's policy and may write new versions of it, which makes her an administrator in one step. Production's release
/// pipeline passes only its own function role, and its on-call role can only read: both pass.</summary>
internal sealed class PrivescPart : IDemoPart
{
    private const string Prod = DemoAccounts.Prod;
    private const string Dev = DemoAccounts.Dev;

    public void Build(DemoEstateBuilder demo)
    {
        Role(demo, Dev, "acme-dev-stack-provisioner", "lambda.amazonaws.com", inline: null, $"arn:aws:iam::{Dev}:policy/AcmeDevTerraformAdmin");
        var release = Role(demo, Dev, "acme-dev-release-pipeline", "codebuild.amazonaws.com", new InlinePolicy("release",
            """{"Version":"2012-10-17","Statement":[{"Sid":"PassAppRoles","Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::ACCOUNT:role/acme-dev-*","Condition":{"StringEquals":{"iam:PassedToService":"lambda.amazonaws.com"}}},{"Sid":"ShipFunctions","Effect":"Allow","Action":["lambda:CreateFunction","lambda:InvokeFunction","lambda:GetFunction"],"Resource":"arn:aws:lambda:*:ACCOUNT:function:acme-dev-*"}]}""".Replace("ACCOUNT", Dev, StringComparison.Ordinal)));
        demo.Weakness("iam-role-cannot-escalate-to-admin", release,
            "The development release pipeline may pass any acme-dev-* role to a new Lambda function and invoke it; acme-dev-stack-provisioner matches and runs with the Terraform administrator policy, so any build becomes an administrator.");

        var tooling = $"arn:aws:iam::{Dev}:policy/AcmeDevToolingMaintainer";
        demo.Add(new ManagedPolicy
        {
            Arn = tooling, Name = "AcmeDevToolingMaintainer", AccountId = Dev, DefaultVersionId = "v4", AttachmentCount = 1,
            Document = ToolingDocument,
            Versions = [new PolicyVersion("v4", true, ToolingDocument, demo.Now.AddDays(-30))],
        });
        demo.Add(new IamGroup { Arn = $"arn:aws:iam::{Dev}:group/tooling-maintainers", Name = "tooling-maintainers", AccountId = Dev, AttachedPolicies = [new AttachedPolicy("AcmeDevToolingMaintainer", tooling)] });
        var hana = Developer(demo, Dev, "hana.sato", "tooling-maintainers");
        demo.Weakness("iam-user-cannot-escalate-to-admin", hana,
            "Developer hana.sato may create new versions of the AcmeDev* policies so that she can maintain the tooling group's policy herself; a new default version of AcmeDevToolingMaintainer with \"*\" makes her an administrator.");

        Role(demo, Prod, "acme-release-pipeline", "codebuild.amazonaws.com", new InlinePolicy("release",
            """{"Version":"2012-10-17","Statement":[{"Sid":"PassFunctionRole","Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::ACCOUNT:role/acme-orders-function","Condition":{"StringEquals":{"iam:PassedToService":"lambda.amazonaws.com"}}},{"Sid":"ShipFunctions","Effect":"Allow","Action":["lambda:CreateFunction","lambda:UpdateFunctionCode","lambda:InvokeFunction"],"Resource":"arn:aws:lambda:*:ACCOUNT:function:acme-orders-*"}]}""".Replace("ACCOUNT", Prod, StringComparison.Ordinal)));
        Role(demo, Prod, "acme-orders-function", "lambda.amazonaws.com", new InlinePolicy("orders-table",
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["dynamodb:GetItem","dynamodb:PutItem","dynamodb:Query"],"Resource":"arn:aws:dynamodb:*:{{Prod}}:table/orders"}]}"""));
    }

    private const string ToolingDocument =
        """{"Version":"2012-10-17","Statement":[{"Sid":"MaintainToolingPolicy","Effect":"Allow","Action":["iam:CreatePolicyVersion","iam:DeletePolicyVersion","iam:GetPolicy","iam:GetPolicyVersion","iam:ListPolicyVersions"],"Resource":"arn:aws:iam::444455556666:policy/AcmeDev*"},{"Sid":"Tooling","Effect":"Allow","Action":["codeartifact:GetAuthorizationToken","codeartifact:ReadFromRepository","sts:GetServiceBearerToken"],"Resource":"*"}]}""";

    private static string Role(DemoEstateBuilder demo, string account, string name, string service, InlinePolicy? inline, params string[] attached)
    {
        var arn = $"arn:aws:iam::{account}:role/{name}";
        demo.Add(new IamRole
        {
            Arn = arn, Name = name, AccountId = account,
            CreateDate = demo.Now.AddDays(-200 - name.Length * 7),
            TrustPolicy = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"{{service}}"},"Action":"sts:AssumeRole"}]}""",
            LastUsedDate = demo.Now.AddDays(-1), LastUsedRegion = DemoAccounts.UsEast1, MaxSessionDuration = 3600,
            InlinePolicies = inline is null ? [] : [inline],
            AttachedPolicies = [.. attached.Select(a => new AttachedPolicy(a[(a.LastIndexOf('/') + 1)..], a))],
            Tags = new Dictionary<string, string> { ["owner"] = "platform", ["environment"] = account == Prod ? "production" : "development" },
        });
        return arn;
    }

    private static string Developer(DemoEstateBuilder demo, string account, string name, string group)
    {
        var arn = $"arn:aws:iam::{account}:user/people/{name}";
        var created = demo.Now.AddDays(-210);
        var device = new MfaDevice { SerialNumber = $"arn:aws:iam::{account}:mfa/{name}", IsVirtual = true, EnableDate = created.AddDays(1) };
        demo.Add(new IamUser
        {
            Arn = arn, Name = name, AccountId = account, UserId = "AIDAHANASATO0TOOLING", Path = "/people/", CreateDate = created,
            HasConsolePassword = true, PasswordLastUsed = demo.Now.AddDays(-1), MfaDevices = [device], Groups = [group],
            Tags = new Dictionary<string, string> { ["owner"] = "engineering", ["environment"] = "development" },
        });
        demo.UpdateAccount(account, a => a with
        {
            CredentialReport =
            [
                .. a.CredentialReport,
                new CredentialReportRow { User = name, Arn = arn, UserCreationTime = created, PasswordEnabled = true, PasswordLastUsed = demo.Now.AddDays(-1), PasswordLastChanged = created.AddDays(1), MfaActive = true },
            ],
        });
        return arn;
    }
}
