using Vigil.Core.Model.Iam;

namespace Vigil.Access.Tests.Privesc;

/// <summary>The 31 paths of BishopFox/iam-vulnerable (iam.md §4.3) and its tool-testing cases (§4.4) in one account, as
/// deployed: one user per path with exactly the permissions listed, each with a role twin that trusts the deployer, the
/// prize role privesc-high-priv-service-role (everything, trusting the services, with an instance profile), an instance
/// and a function running as it, an administrator group and two administrator users.</summary>
internal static class IamVulnerableEstate
{
    private static readonly string AccountRoot = $"arn:aws:iam::{TestEstate.Account}:root";
    private static readonly string Deployer = TestEstate.UserArn("iam-vulnerable-deployer");

    /// <summary>Paths whose permissions only the role twin can use (it changes itself; the user cannot assume any role).</summary>
    public static readonly int[] ExercisedByTheRole = [16, 20];

    /// <summary>The principal that exercises a path: the user, or the role twin for <see cref="ExercisedByTheRole"/>.</summary>
    public static string Exerciser(int path, string user) =>
        ExercisedByTheRole.Contains(path) ? TestEstate.RoleArn(user[..^"-user".Length] + "-role") : TestEstate.UserArn(user);

    /// <summary>Path number (iam.md §4.3), user name, permissions granted.</summary>
    public static readonly (int Path, string User, string[] Actions)[] Paths =
    [
        (1, "privesc4-CreateAccessKey-user", ["iam:CreateAccessKey"]),
        (2, "privesc5-CreateLoginProfile-user", ["iam:CreateLoginProfile"]),
        (3, "privesc6-UpdateLoginProfile-user", ["iam:UpdateLoginProfile"]),
        (4, "privesc20-PassExistingRoleToCloudFormation-user", ["iam:PassRole", "cloudformation:CreateStack", "cloudformation:DescribeStacks"]),
        (5, "privesc-codeBuildProject-user", ["codebuild:CreateProject", "codebuild:StartBuild", "codebuild:StartBuildBatch", "iam:PassRole", "iam:ListRoles"]),
        (6, "privesc21-PassExistingRoleToNewDataPipeline-user", ["iam:PassRole", "datapipeline:CreatePipeline", "datapipeline:PutPipelineDefinition", "datapipeline:ActivatePipeline"]),
        (7, "privesc3-CreateEC2WithExistingIP-user", ["iam:PassRole", "ec2:DescribeInstances", "ec2:RunInstances", "ec2:CreateKeyPair", "ec2:AssociateIamInstanceProfile"]),
        (8, "privesc18-PassExistingRoleToNewGlueDevEndpoint-user", ["glue:CreateDevEndpoint", "glue:GetDevEndpoint", "iam:PassRole"]),
        (9, "privesc15-PassExistingRoleToNewLambdaThenInvoke-user", ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"]),
        (10, "privesc16-PassRoleToNewLambdaThenTrigger-user", ["lambda:CreateFunction", "iam:PassRole", "lambda:CreateEventSourceMapping"]),
        (11, "privesc-sageNotebook-user", ["sagemaker:CreateNotebookInstance", "sagemaker:CreatePresignedNotebookInstanceUrl", "sagemaker:ListNotebookInstances", "sagemaker:DescribeNotebookInstance", "sagemaker:StopNotebookInstance", "sagemaker:DeleteNotebookInstance", "iam:PassRole", "iam:ListRoles"]),
        (12, "privesc-sageTraining-user", ["sagemaker:CreateTrainingJob", "iam:PassRole"]),
        (13, "privesc-sageProcessing-user", ["sagemaker:CreateProcessingJob", "iam:PassRole"]),
        (14, "privesc13-AddUserToGroup-user", ["iam:AddUserToGroup"]),
        (15, "privesc8-AttachGroupPolicy-user", ["iam:AttachGroupPolicy"]),
        (16, "privesc9-AttachRolePolicy-user", ["iam:AttachRolePolicy"]),
        (17, "privesc7-AttachUserPolicy-user", ["iam:AttachUserPolicy"]),
        (18, "privesc1-CreateNewPolicyVersion-user", ["iam:CreatePolicyVersion"]),
        (19, "privesc11-PutGroupPolicy-user", ["iam:PutGroupPolicy"]),
        (20, "privesc12-PutRolePolicy-user", ["iam:PutRolePolicy"]),
        (21, "privesc10-PutUserPolicy-user", ["iam:PutUserPolicy"]),
        (22, "privesc2-SetExistingDefaultPolicyVersion-user", ["iam:SetDefaultPolicyVersion"]),
        (23, "privesc-instanceConnect-user", ["ec2:DescribeInstances", "ec2-instance-connect:SendSSHPublicKey", "ec2-instance-connect:SendSerialConsoleSSHPublicKey"]),
        (24, "privesc-cfUpdateStack-user", ["cloudformation:UpdateStack", "cloudformation:DescribeStacks"]),
        (25, "privesc19-UpdateExistingGlueDevEndpoint-user", ["glue:UpdateDevEndpoint", "glue:GetDevEndpoint"]),
        (26, "privesc17-EditExistingLambdaFunctionWithRole-user", ["lambda:UpdateFunctionCode", "lambda:UpdateFunctionConfiguration"]),
        (27, "privesc-sageUpdateURL-user", ["sagemaker:CreatePresignedNotebookInstanceUrl", "sagemaker:ListNotebookInstances"]),
        (28, "privesc-ssm-command-user", ["ec2:DescribeInstances", "ssm:ListCommands", "ssm:ListCommandInvocations", "ssm:SendCommand"]),
        (29, "privesc-ssm-session-user", ["ec2:DescribeInstances", "ssm:StartSession", "ssm:DescribeSessions", "ssm:GetConnectionStatus", "ssm:DescribeInstanceProperties", "ssm:TerminateSession", "ssm:ResumeSession"]),
        (30, "privesc-assumerole-start-user", ["sts:AssumeRole"]),
        (31, "privesc14-UpdatingAssumeRolePolicy-user", ["iam:UpdateAssumeRolePolicy", "sts:AssumeRole"]),
    ];

    /// <summary>Paths that take over a resource of a type the snapshot does not collect (CloudFormation stacks, Glue dev
    /// endpoints, SageMaker notebooks): found only with AssumeUncollectedResources.</summary>
    public static readonly int[] NeedUncollectedResources = [24, 25, 27];

    public static TestEstate Build()
    {
        var estate = new TestEstate()
            .Role("privesc-high-priv-service-role", Doc.Trust([.. Doc.Services, "elasticmapreduce.amazonaws.com"]), Doc.Everything, profile: "privesc-high-priv-service-profile")
            .Instance("i-0iamvulnerable", "privesc-high-priv-service-profile")
            .Function("privesc17-function", "privesc-high-priv-service-role")
            .Group("privesc-admins", Doc.Everything)
            .User("admin-console", Doc.Everything, password: true)
            .User("admin-cli", Doc.Everything)
            .Group("privesc8-AttachGroupPolicy-group")
            .Group("privesc11-PutGroupPolicy-group")
            .User("iam-vulnerable-deployer", Doc.Everything)
            .Role("privesc-assumerole-starting-role", Doc.Trust(TestEstate.UserArn("privesc-assumerole-start-user")))
            .Role("privesc-assumerole-intermediate-role", Doc.Trust(TestEstate.RoleArn("privesc-assumerole-starting-role")))
            .Role("privesc-assumerole-ending-role", Doc.Trust(TestEstate.RoleArn("privesc-assumerole-intermediate-role")), Doc.Everything)
            .User("privesc-sre-user", Doc.Allow("iam:*", "ec2:*", "s3:*"));

        foreach (var (path, user, actions) in Paths)
        {
            var document = Doc.Allow(actions);
            var role = user[..^"-user".Length] + "-role";
            switch (path)
            {
                case 15:
                    estate.User(user, document, groups: ["privesc8-AttachGroupPolicy-group"]);
                    break;
                case 19:
                    estate.User(user, document, groups: ["privesc11-PutGroupPolicy-group"]);
                    break;
                case 18:
                case 22:
                    var arn = TestEstate.PolicyArn(user[..^"-user".Length] + "-policy");
                    var versions = path == 22
                        ? new[] { new PolicyVersion("v1", true, document), new PolicyVersion("v2", false, Doc.Everything) }
                        : [new PolicyVersion("v1", true, document)];
                    estate.Policy(arn, document, false, versions).User(user, managed: [arn]);
                    break;
                default:
                    estate.User(user, document);
                    break;
            }
            if (path != 30) estate.Role(role, Doc.Trust(Deployer), document);
        }
        ToolTesting(estate);
        return estate;
    }

    /// <summary>The tool-testing cases of iam.md §4.4.</summary>
    private static void ToolTesting(TestEstate estate)
    {
        var fn2 = TestEstate.PolicyArn("fn2-exploitable-resource-constraint");
        var fp4Managed = "arn:aws:iam::aws:policy/fp4-aws-managed";
        estate
            .User("fn1-privesc3-partial-user", Doc.Allow("ec2:RunInstances", "ec2:DescribeInstances"), moreInline: [Doc.Allow("iam:PassRole")])
            .Policy(fn2, Doc.Statements(Doc.Statement("Allow", ["iam:CreatePolicyVersion"], "arn:aws:iam::*:policy/fn2-*")))
            .User("fn2-exploitableResourceConstraint-user", managed: [fn2])
            .User("fn3-exploitableConditionConstraint-user", Doc.AllowWhen("""{"DateGreaterThan":{"aws:TokenIssueTime":"2020-01-01T00:00:01Z"}}""", "iam:CreatePolicyVersion"),
                managed: [TestEstate.PolicyArn("fn3-policy")])
            .Policy(TestEstate.PolicyArn("fn3-policy"), Doc.Allow("s3:ListAllMyBuckets"))
            .User("fn4-exploitableNotAction-user", Doc.Statements(Doc.Statement("Allow", ["iam:Update*", "iam:Create*", "iam:Attach*"], notAction: true)))
            .User("fp1-allow-and-deny-user", Doc.Statements(Doc.Statement("Allow", ["iam:*"]), Doc.Statement("Deny", ["iam:*"])))
            .Policy(TestEstate.PolicyArn("fp2-allow-all"), Doc.Everything)
            .Policy(TestEstate.PolicyArn("deny-all"), Doc.Statements(Doc.Statement("Deny", ["*"])))
            .User("fp2-allow-and-deny-multiple-policies-user", managed: [TestEstate.PolicyArn("fp2-allow-all"), TestEstate.PolicyArn("deny-all")])
            .Role("fp2-allow-and-deny-multiple-policies-role", Doc.Trust(AccountRoot), managed: [TestEstate.PolicyArn("fp2-allow-all"), TestEstate.PolicyArn("deny-all")])
            .User("fp3-deny-user", Doc.Statements(Doc.Statement("Deny", ["iam:*"])))
            .Policy(fp4Managed, Doc.Allow("s3:ListAllMyBuckets"), awsManaged: true)
            .User("fp4-nonExploitableResourceConstraint-user", Doc.Statements(Doc.Statement("Allow", ["iam:CreatePolicyVersion"], "arn:aws:iam::aws:policy/fp4-*")), managed: [fp4Managed])
            .User("fp5-nonExploitableConditionConstraint-user", Doc.AllowWhen("""{"DateLessThan":{"aws:TokenIssueTime":"2020-01-01T00:00:01Z"}}""", "iam:CreatePolicyVersion"),
                managed: [TestEstate.PolicyArn("fn3-policy")])
            .Role("privesc-permissive-role-trust", Doc.Trust(AccountRoot))
            .User("permissive-trust-caller", Doc.Statements(Doc.Statement("Allow", ["sts:AssumeRole"], TestEstate.RoleArn("privesc-permissive-role-trust"))));
    }
}
