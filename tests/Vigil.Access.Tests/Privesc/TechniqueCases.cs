using Vigil.Core.Model.Iam;

namespace Vigil.Access.Tests.Privesc;

/// <summary>Every technique the analysis implements, each set up so that it is the attacker's only way to administrator.</summary>
public static class TechniqueCases
{
    private static readonly string AccountRoot = $"arn:aws:iam::{TestEstate.Account}:root";

    public static TheoryData<TechniqueCase> All => [.. Cases];

    private static IEnumerable<TechniqueCase> Cases =>
    [
        new("iam-create-policy-version", "iam:CreatePolicyVersion", ["iam:CreatePolicyVersion"], h => h.With(e => e
            .Policy(TestEstate.PolicyArn("attacker-policy"), h.Policy)
            .User("attacker", managed: [TestEstate.PolicyArn("attacker-policy")], boundary: h.Boundary))),
        new("iam-set-default-policy-version", "iam:SetDefaultPolicyVersion", ["iam:SetDefaultPolicyVersion"], h => h.With(e => e
            .Policy(TestEstate.PolicyArn("attacker-policy"), h.Policy, false, new PolicyVersion("v1", true, h.Policy), new PolicyVersion("v2", false, Doc.Everything))
            .User("attacker", managed: [TestEstate.PolicyArn("attacker-policy")], boundary: h.Boundary))),
        new("iam-attach-user-policy", "iam:AttachUserPolicy", ["iam:AttachUserPolicy"], h => h.AttackerUser()),
        new("iam-attach-group-policy", "iam:AttachGroupPolicy", ["iam:AttachGroupPolicy"], h => h.With(e => e.Group("team")).AttackerUser(["team"])),
        new("iam-attach-role-policy", "iam:AttachRolePolicy", ["iam:AttachRolePolicy"], h => h.AttackerRole(), AttackerIsRole: true),
        new("iam-put-user-policy", "iam:PutUserPolicy", ["iam:PutUserPolicy"], h => h.AttackerUser()),
        new("iam-put-group-policy", "iam:PutGroupPolicy", ["iam:PutGroupPolicy"], h => h.With(e => e.Group("team")).AttackerUser(["team"])),
        new("iam-put-role-policy", "iam:PutRolePolicy", ["iam:PutRolePolicy"], h => h.AttackerRole(), AttackerIsRole: true),
        new("iam-add-user-to-group", "iam:AddUserToGroup", ["iam:AddUserToGroup"], h => h.With(e => e.Group("admins", Doc.Everything)).AttackerUser()),
        new("iam-create-admin-role", "iam:CreateRole", ["iam:CreateRole", "iam:AttachRolePolicy", "sts:AssumeRole"], h => h.AttackerUser()),
        new("iam-create-access-key", "iam:CreateAccessKey", ["iam:CreateAccessKey"], h => h.With(e => e.User("ops", Doc.Everything)).AttackerUser()),
        new("iam-create-login-profile", "iam:CreateLoginProfile", ["iam:CreateLoginProfile"], h => h.With(e => e.User("ops", Doc.Everything)).AttackerUser()),
        new("iam-update-login-profile", "iam:UpdateLoginProfile", ["iam:UpdateLoginProfile"], h => h.With(e => e.User("ops", Doc.Everything, password: true)).AttackerUser()),
        new("iam-update-assume-role-policy", "iam:UpdateAssumeRolePolicy", ["iam:UpdateAssumeRolePolicy", "sts:AssumeRole"], h => h.With(e => e.Role("admin", Doc.Trust("ec2.amazonaws.com"), Doc.Everything)).AttackerUser()),
        new("sts-assume-role", "sts:AssumeRole", ["sts:AssumeRole"], h => h.With(e => e.Role("admin", Doc.Trust(AccountRoot), Doc.Everything)).AttackerUser()),
        new("iam-attach-role-policy", "iam:AttachRolePolicy", ["iam:AttachRolePolicy", "sts:AssumeRole"], h => h.With(e => e.Role("plain", Doc.Trust(AccountRoot))).AttackerUser()),
        PassRole("passrole-ec2-run-instances", "ec2:RunInstances"),
        new("passrole-ec2-run-instances", "iam:CreateInstanceProfile", ["iam:PassRole", "ec2:RunInstances", "iam:CreateInstanceProfile", "iam:AddRoleToInstanceProfile"],
            h => h.With(e => e.AdminRole(profile: null)).AttackerUser()),
        PassRole("passrole-ec2-spot-instances", "ec2:RequestSpotInstances"),
        PassRole("passrole-lambda-create-invoke", "lambda:InvokeFunction", "lambda:CreateFunction"),
        PassRole("passrole-lambda-event-source", "lambda:CreateEventSourceMapping", "lambda:CreateFunction"),
        PassRole("passrole-lambda-add-permission", "lambda:AddPermission", "lambda:CreateFunction"),
        PassRole("passrole-glue-dev-endpoint", "glue:CreateDevEndpoint"),
        PassRole("passrole-glue-job", "glue:StartJobRun", "glue:CreateJob"),
        PassRole("passrole-cloudformation-stack", "cloudformation:CreateStack"),
        PassRole("passrole-cloudformation-stack-set", "cloudformation:CreateStackInstances", "cloudformation:CreateStackSet"),
        PassRole("passrole-datapipeline", "datapipeline:PutPipelineDefinition", "datapipeline:CreatePipeline"),
        PassRole("passrole-codebuild-project", "codebuild:StartBuild", "codebuild:CreateProject"),
        PassRole("passrole-sagemaker-notebook", "sagemaker:CreateNotebookInstance"),
        PassRole("passrole-sagemaker-training-job", "sagemaker:CreateTrainingJob"),
        PassRole("passrole-sagemaker-processing-job", "sagemaker:CreateProcessingJob"),
        PassRole("passrole-autoscaling", "autoscaling:CreateAutoScalingGroup", "autoscaling:CreateLaunchConfiguration"),
        PassRole("passrole-ecs-task", "ecs:RunTask", "ecs:RegisterTaskDefinition"),
        PassRole("passrole-apprunner-service", "apprunner:CreateService"),
        PassRole("passrole-bedrock-code-interpreter", "bedrock-agentcore:InvokeCodeInterpreter", "bedrock-agentcore:CreateCodeInterpreter", "bedrock-agentcore:StartCodeInterpreterSession"),
        new("lambda-update-function-code", "lambda:UpdateFunctionCode", ["lambda:UpdateFunctionCode"], h => h.With(e => e.AdminRole().Function("worker", "admin")).AttackerUser()),
        new("lambda-update-function-configuration", "lambda:UpdateFunctionConfiguration", ["lambda:UpdateFunctionConfiguration"], h => h.With(e => e.AdminRole().Function("worker", "admin")).AttackerUser()),
        Instance("ssm-send-command", "ssm:SendCommand"),
        Instance("ssm-start-session", "ssm:StartSession"),
        Instance("ec2-instance-connect", "ec2-instance-connect:SendSSHPublicKey"),
        Instance("ec2-modify-user-data", "ec2:ModifyInstanceAttribute", "ec2:StopInstances", "ec2:StartInstances"),
        LaunchTemplate("ec2:CreateLaunchTemplateVersion", "$Default", "ec2:ModifyLaunchTemplate"),
        LaunchTemplate("ec2:ModifyLaunchTemplate", null, "ec2:CreateLaunchTemplateVersion"),
        LaunchTemplate("ec2:CreateLaunchTemplateVersion", "$Latest"),
        new("ec2-launch-template-version", "iam:PassRole", ["ec2:CreateLaunchTemplateVersion", "iam:PassRole"], h => h.With(e => e.AdminRole()
            .Role("web", Doc.Trust("ec2.amazonaws.com"), profile: "web-profile").LaunchTemplate("web", "web-profile").AutoScalingGroup("web", "web", "$Latest")).AttackerUser()),
        Uncollected("glue-update-dev-endpoint", "glue:UpdateDevEndpoint"),
        Uncollected("glue-update-job", "glue:UpdateJob", "glue:StartJobRun"),
        Uncollected("cloudformation-update-stack", "cloudformation:UpdateStack"),
        Uncollected("cloudformation-change-set", "cloudformation:ExecuteChangeSet", "cloudformation:CreateChangeSet"),
        Uncollected("codebuild-start-build", "codebuild:StartBuild"),
        Uncollected("sagemaker-presigned-notebook-url", "sagemaker:CreatePresignedNotebookInstanceUrl"),
        Uncollected("sagemaker-notebook-lifecycle-config", "sagemaker:UpdateNotebookInstance", "sagemaker:CreateNotebookInstanceLifecycleConfig", "sagemaker:StopNotebookInstance", "sagemaker:StartNotebookInstance"),
        Uncollected("apprunner-update-service", "apprunner:UpdateService"),
        Uncollected("bedrock-code-interpreter-session", "bedrock-agentcore:StartCodeInterpreterSession", "bedrock-agentcore:InvokeCodeInterpreter"),
        Uncollected("ecs-execute-command", "ecs:ExecuteCommand", "ecs:DescribeTasks"),
    ];

    private static TechniqueCase PassRole(string technique, string keyAction, params string[] more) =>
        new(technique, keyAction, ["iam:PassRole", keyAction, .. more], h => h.With(e => e.AdminRole()).AttackerUser());

    private static TechniqueCase Instance(string technique, string keyAction, params string[] more) =>
        new(technique, keyAction, [keyAction, .. more], h => h.With(e => e.AdminRole().Instance("i-0abc", "admin-profile")).AttackerUser());

    private static TechniqueCase LaunchTemplate(string keyAction, string? version, params string[] more) =>
        new("ec2-launch-template-version", keyAction, [keyAction, .. more],
            h => h.With(e => e.AdminRole().LaunchTemplate("web", "admin-profile").AutoScalingGroup("web", "web", version)).AttackerUser());

    private static TechniqueCase Uncollected(string technique, string keyAction, params string[] more) =>
        new(technique, keyAction, [keyAction, .. more], h => h.With(e => e.AdminRole()).AttackerUser(), AssumeUncollected: true);
}
