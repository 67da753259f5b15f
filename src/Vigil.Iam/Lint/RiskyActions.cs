namespace Vigil.Iam.Lint;

/// <summary>Cloudsplaining's risk categories (salesforce/cloudsplaining, BSD-3-Clause): the actions each one looks for.</summary>
internal static class RiskyActions
{
    public static readonly string[] DataExfiltration =
        ["s3:GetObject", "ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath", "secretsmanager:GetSecretValue", "rds:CopyDBSnapshot", "rds:CreateDBSnapshot"];

    public static readonly string[] CredentialsExposure =
    [
        "chime:CreateApiKey", "codepipeline:PollForJobs", "cognito-identity:GetOpenIdToken", "cognito-identity:GetOpenIdTokenForDeveloperIdentity",
        "cognito-identity:GetCredentialsForIdentity", "connect:GetFederationToken", "ecr:GetAuthorizationToken", "gamelift:GetInstanceAccess",
        "gamelift:RequestUploadCredentials", "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:CreateServiceSpecificCredential",
        "iam:ResetServiceSpecificCredential", "iam:UpdateAccessKey", "lightsail:GetInstanceAccessDetails", "lightsail:GetRelationalDatabaseMasterUserPassword",
        "rds-db:connect", "redshift:GetClusterCredentials", "sso:GetRoleCredentials", "mediapackage:RotateChannelCredentials",
        "mediapackage:RotateIngestEndpointCredentials", "sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity",
        "sts:GetFederationToken", "sts:GetSessionToken",
    ];

    /// <summary>Rhino Security Labs' methods as Cloudsplaining lists them (iam.md §4.2 holds the full catalogue).</summary>
    public static readonly EscalationMethod[] Escalation =
    [
        new("CreateNewPolicyVersion", ["iam:CreatePolicyVersion"]),
        new("SetExistingDefaultPolicyVersion", ["iam:SetDefaultPolicyVersion"]),
        new("CreateEC2WithExistingIP", ["iam:PassRole", "ec2:RunInstances"]),
        new("CreateAccessKey", ["iam:CreateAccessKey"]),
        new("CreateLoginProfile", ["iam:CreateLoginProfile"]),
        new("UpdateLoginProfile", ["iam:UpdateLoginProfile"]),
        new("AttachUserPolicy", ["iam:AttachUserPolicy"]),
        new("AttachGroupPolicy", ["iam:AttachGroupPolicy"]),
        new("AttachRolePolicy", ["iam:AttachRolePolicy", "sts:AssumeRole"]),
        new("PutUserPolicy", ["iam:PutUserPolicy"]),
        new("PutGroupPolicy", ["iam:PutGroupPolicy"]),
        new("PutRolePolicy", ["iam:PutRolePolicy", "sts:AssumeRole"]),
        new("AddUserToGroup", ["iam:AddUserToGroup"]),
        new("UpdateRolePolicyToAssumeIt", ["iam:UpdateAssumeRolePolicy", "sts:AssumeRole"]),
        new("PassExistingRoleToNewLambdaThenInvoke", ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"]),
        new("PassExistingRoleToNewLambdaThenTriggerWithExistingDynamo", ["iam:PassRole", "lambda:CreateFunction", "lambda:CreateEventSourceMapping"]),
        new("PassExistingRoleToNewGlueDevEndpoint", ["iam:PassRole", "glue:CreateDevEndpoint", "glue:GetDevEndpoint"]),
        new("UpdateExistingGlueDevEndpoint", ["glue:UpdateDevEndpoint"]),
        new("PassExistingRoleToCloudFormation", ["iam:PassRole", "cloudformation:CreateStack", "cloudformation:DescribeStacks"]),
        new("PassExistingRoleToNewDataPipeline", ["iam:PassRole", "datapipeline:CreatePipeline", "datapipeline:PutPipelineDefinition", "datapipeline:ActivatePipeline"]),
        new("EditExistingLambdaFunctionWithRole", ["lambda:UpdateFunctionCode"]),
        new("PassExistingRoleToNewCodeStarProject", ["iam:PassRole", "codestar:CreateProject"]),
        new("PassExistingRoleToNewSageMakerNotebook", ["iam:PassRole", "sagemaker:CreateNotebookInstance", "sagemaker:CreatePresignedNotebookInstanceUrl"]),
        new("UpdateExistingSageMakerNotebookLifecycle", ["sagemaker:CreatePresignedNotebookInstanceUrl", "sagemaker:UpdateNotebookInstanceLifecycleConfig"]),
        new("PassExistingRoleToNewEcsTask", ["iam:PassRole", "ecs:RegisterTaskDefinition", "ecs:RunTask"]),
        new("SsmSendCommandToInstance", ["ssm:SendCommand"]),
        new("SsmStartSessionOnInstance", ["ssm:StartSession"]),
    ];
}
