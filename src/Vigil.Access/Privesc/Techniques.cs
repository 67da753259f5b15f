namespace Vigil.Access.Privesc;

/// <summary>The techniques the analysis checks, numbered as in the catalogue of docs/access-privesc.md (iam.md §4.2).
/// Technique 17 (two-step combinations) is the composition of a category A step with a category B step.</summary>
public static class Techniques
{
    public static readonly Technique CreatePolicyVersion = new("iam-create-policy-version", 1, "write a new default version of a customer managed policy the target has");
    public static readonly Technique SetDefaultPolicyVersion = new("iam-set-default-policy-version", 2, "make an existing, broader version of the target's policy the default");
    public static readonly Technique AttachUserPolicy = new("iam-attach-user-policy", 3, "attach AdministratorAccess to the target user");
    public static readonly Technique AttachGroupPolicy = new("iam-attach-group-policy", 4, "attach AdministratorAccess to a group of the target user");
    public static readonly Technique AttachRolePolicy = new("iam-attach-role-policy", 5, "attach AdministratorAccess to the target role");
    public static readonly Technique PutUserPolicy = new("iam-put-user-policy", 6, "write an administrator inline policy into the target user");
    public static readonly Technique PutGroupPolicy = new("iam-put-group-policy", 7, "write an administrator inline policy into a group of the target user");
    public static readonly Technique PutRolePolicy = new("iam-put-role-policy", 8, "write an administrator inline policy into the target role");
    public static readonly Technique AddUserToGroup = new("iam-add-user-to-group", 9, "add the target user to an administrator group");
    public static readonly Technique CreateAdminRole = new("iam-create-admin-role", 10, "create a role, give it administrator permissions and assume it");
    public static readonly Technique RemovePermissionsBoundary = new("iam-remove-permissions-boundary", 11, "delete or replace the permissions boundary that caps the target");
    public static readonly Technique CreateAccessKey = new("iam-create-access-key", 12, "create an access key for the target user");
    public static readonly Technique CreateLoginProfile = new("iam-create-login-profile", 13, "give the target user (who has no password) a console password");
    public static readonly Technique UpdateLoginProfile = new("iam-update-login-profile", 14, "reset the target user's console password");
    public static readonly Technique UpdateAssumeRolePolicy = new("iam-update-assume-role-policy", 15, "rewrite the target role's trust policy to admit the attacker, then assume it");
    public static readonly Technique AssumeRole = new("sts-assume-role", 16, "assume the target role (its trust policy admits the attacker)");
    public static readonly Technique PassRoleEc2 = new("passrole-ec2-run-instances", 18, "launch an EC2 instance with an instance profile of the target role");
    public static readonly Technique PassRoleEc2Spot = new("passrole-ec2-spot-instances", 19, "request a spot instance with an instance profile of the target role");
    public static readonly Technique PassRoleLambdaInvoke = new("passrole-lambda-create-invoke", 20, "create a Lambda function running as the target role and invoke it");
    public static readonly Technique PassRoleLambdaEventSource = new("passrole-lambda-event-source", 21, "create a Lambda function running as the target role and trigger it from an event source");
    public static readonly Technique PassRoleLambdaAddPermission = new("passrole-lambda-add-permission", 22, "create a Lambda function running as the target role and let anyone invoke it");
    public static readonly Technique PassRoleGlueDevEndpoint = new("passrole-glue-dev-endpoint", 23, "create a Glue development endpoint running as the target role");
    public static readonly Technique PassRoleGlueJob = new("passrole-glue-job", 24, "create or update a Glue job running as the target role and run it");
    public static readonly Technique PassRoleCloudFormation = new("passrole-cloudformation-stack", 25, "create a CloudFormation stack with the target role as its service role");
    public static readonly Technique PassRoleCloudFormationStackSet = new("passrole-cloudformation-stack-set", 26, "create or update a stack set with the target role as its execution role");
    public static readonly Technique PassRoleDataPipeline = new("passrole-datapipeline", 27, "create a Data Pipeline running as the target role");
    public static readonly Technique PassRoleCodeBuild = new("passrole-codebuild-project", 28, "create a CodeBuild project with the target role as its service role and start a build");
    public static readonly Technique PassRoleSageMakerNotebook = new("passrole-sagemaker-notebook", 29, "create a SageMaker notebook instance running as the target role");
    public static readonly Technique PassRoleSageMakerTraining = new("passrole-sagemaker-training-job", 30, "create a SageMaker training job running as the target role");
    public static readonly Technique PassRoleSageMakerProcessing = new("passrole-sagemaker-processing-job", 31, "create a SageMaker processing job running as the target role");
    public static readonly Technique PassRoleAutoScaling = new("passrole-autoscaling", 32, "create a launch configuration with an instance profile of the target role and an Auto Scaling group using it");
    public static readonly Technique PassRoleEcs = new("passrole-ecs-task", 33, "register an ECS task definition with the target role as task role and run it");
    public static readonly Technique PassRoleAppRunner = new("passrole-apprunner-service", 34, "create an App Runner service with the target role as instance role");
    public static readonly Technique PassRoleBedrockCodeInterpreter = new("passrole-bedrock-code-interpreter", 35, "create a Bedrock AgentCore code interpreter running as the target role and run code in it");
    public static readonly Technique LambdaUpdateCode = new("lambda-update-function-code", 36, "replace the code of a Lambda function that runs as the target role");
    public static readonly Technique LambdaUpdateConfiguration = new("lambda-update-function-configuration", 37, "inject a layer into a Lambda function that runs as the target role");
    public static readonly Technique GlueUpdateDevEndpoint = new("glue-update-dev-endpoint", 38, "add an SSH key to a Glue development endpoint that runs as the target role");
    public static readonly Technique CloudFormationUpdateStack = new("cloudformation-update-stack", 39, "update a CloudFormation stack whose service role is the target role");
    public static readonly Technique CloudFormationChangeSet = new("cloudformation-change-set", 40, "create and execute a change set on a stack whose service role is the target role");
    public static readonly Technique CodeBuildStartBuild = new("codebuild-start-build", 41, "start a build with a buildspec override on a project whose service role is the target role");
    public static readonly Technique SsmSendCommand = new("ssm-send-command", 42, "run a command on an EC2 instance whose instance profile holds the target role");
    public static readonly Technique SsmStartSession = new("ssm-start-session", 43, "open a Session Manager shell on an EC2 instance whose instance profile holds the target role");
    public static readonly Technique Ec2InstanceConnect = new("ec2-instance-connect", 44, "push an SSH key to an EC2 instance whose instance profile holds the target role");
    public static readonly Technique SageMakerPresignedUrl = new("sagemaker-presigned-notebook-url", 45, "open a SageMaker notebook that runs as the target role through a presigned URL");
    public static readonly Technique SageMakerLifecycleConfig = new("sagemaker-notebook-lifecycle-config", 46, "attach a lifecycle script to a SageMaker notebook that runs as the target role and restart it");
    public static readonly Technique Ec2UserData = new("ec2-modify-user-data", 47, "rewrite the user data of an EC2 instance whose instance profile holds the target role and restart it");
    public static readonly Technique Ec2LaunchTemplateVersion = new("ec2-launch-template-version", 48, "write a new version of a launch template whose instance profile holds the target role and have it launched");
    public static readonly Technique AppRunnerUpdateService = new("apprunner-update-service", 49, "change the code of an App Runner service whose instance role is the target role");
    public static readonly Technique BedrockCodeInterpreterSession = new("bedrock-code-interpreter-session", 50, "run code in an existing Bedrock AgentCore code interpreter that runs as the target role");
    public static readonly Technique EcsExecuteCommand = new("ecs-execute-command", 51, "open a shell in a running ECS task whose task role is the target role");
}
