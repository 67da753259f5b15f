namespace Vigil.Access.Privesc;

/// <summary>The permissions each pass-role technique and each takeover of an uncollected resource type needs.</summary>
internal static class TechniqueTable
{
    private const string Ec2 = "ec2.amazonaws.com";

    public static readonly IReadOnlyList<PassRoleTechnique> PassRole =
    [
        new(Techniques.PassRoleEc2, Ec2, [[new("ec2:RunInstances", "arn:aws:ec2:{region}:{account}:instance/*")]], NeedsInstanceProfile: true),
        new(Techniques.PassRoleEc2Spot, Ec2, [[new("ec2:RequestSpotInstances", "arn:aws:ec2:{region}:{account}:spot-instances-request/*")]], NeedsInstanceProfile: true),
        new(Techniques.PassRoleLambdaInvoke, "lambda.amazonaws.com",
            [[new("lambda:CreateFunction", "arn:aws:lambda:{region}:{account}:function:{name}"), new("lambda:InvokeFunction", "arn:aws:lambda:{region}:{account}:function:{name}")]]),
        new(Techniques.PassRoleLambdaEventSource, "lambda.amazonaws.com",
            [[new("lambda:CreateFunction", "arn:aws:lambda:{region}:{account}:function:{name}"), new("lambda:CreateEventSourceMapping", "*")]]),
        new(Techniques.PassRoleLambdaAddPermission, "lambda.amazonaws.com",
            [[new("lambda:CreateFunction", "arn:aws:lambda:{region}:{account}:function:{name}"), new("lambda:AddPermission", "arn:aws:lambda:{region}:{account}:function:{name}")]]),
        new(Techniques.PassRoleGlueDevEndpoint, "glue.amazonaws.com", [[new("glue:CreateDevEndpoint", "arn:aws:glue:{region}:{account}:devEndpoint/{name}")]]),
        new(Techniques.PassRoleGlueJob, "glue.amazonaws.com",
        [
            [new("glue:CreateJob", "arn:aws:glue:{region}:{account}:job/{name}"), new("glue:StartJobRun", "arn:aws:glue:{region}:{account}:job/{name}")],
            [new("glue:CreateJob", "arn:aws:glue:{region}:{account}:job/{name}"), new("glue:CreateTrigger", "arn:aws:glue:{region}:{account}:trigger/{name}")],
        ]),
        new(Techniques.PassRoleCloudFormation, "cloudformation.amazonaws.com", [[new("cloudformation:CreateStack", "arn:aws:cloudformation:{region}:{account}:stack/{name}/*")]]),
        new(Techniques.PassRoleCloudFormationStackSet, "cloudformation.amazonaws.com",
            [[new("cloudformation:CreateStackSet", "arn:aws:cloudformation:{region}:{account}:stackset/{name}:*"), new("cloudformation:CreateStackInstances", "arn:aws:cloudformation:{region}:{account}:stackset/{name}:*")]]),
        new(Techniques.PassRoleDataPipeline, "datapipeline.amazonaws.com",
            [[new("datapipeline:CreatePipeline", "*"), new("datapipeline:PutPipelineDefinition", "arn:aws:datapipeline:{region}:{account}:pipeline/{name}")]]),
        new(Techniques.PassRoleCodeBuild, "codebuild.amazonaws.com",
        [
            [new("codebuild:CreateProject", "arn:aws:codebuild:{region}:{account}:project/{name}"), new("codebuild:StartBuild", "arn:aws:codebuild:{region}:{account}:project/{name}")],
            [new("codebuild:CreateProject", "arn:aws:codebuild:{region}:{account}:project/{name}"), new("codebuild:StartBuildBatch", "arn:aws:codebuild:{region}:{account}:project/{name}")],
        ]),
        new(Techniques.PassRoleSageMakerNotebook, "sagemaker.amazonaws.com", [[new("sagemaker:CreateNotebookInstance", "arn:aws:sagemaker:{region}:{account}:notebook-instance/{name}")]]),
        new(Techniques.PassRoleSageMakerTraining, "sagemaker.amazonaws.com", [[new("sagemaker:CreateTrainingJob", "arn:aws:sagemaker:{region}:{account}:training-job/{name}")]]),
        new(Techniques.PassRoleSageMakerProcessing, "sagemaker.amazonaws.com", [[new("sagemaker:CreateProcessingJob", "arn:aws:sagemaker:{region}:{account}:processing-job/{name}")]]),
        new(Techniques.PassRoleAutoScaling, Ec2,
            [[new("autoscaling:CreateLaunchConfiguration", "arn:aws:autoscaling:{region}:{account}:launchConfiguration:*:launchConfigurationName/{name}"),
              new("autoscaling:CreateAutoScalingGroup", "arn:aws:autoscaling:{region}:{account}:autoScalingGroup:*:autoScalingGroupName/{name}")]], NeedsInstanceProfile: true),
        new(Techniques.PassRoleEcs, "ecs-tasks.amazonaws.com",
        [
            [new("ecs:RegisterTaskDefinition", "*"), new("ecs:RunTask", "arn:aws:ecs:{region}:{account}:task-definition/{name}:*")],
            [new("ecs:RegisterTaskDefinition", "*"), new("ecs:StartTask", "arn:aws:ecs:{region}:{account}:task-definition/{name}:*")],
            [new("ecs:RegisterTaskDefinition", "*"), new("ecs:CreateService", "arn:aws:ecs:{region}:{account}:service/*/{name}")],
        ]),
        new(Techniques.PassRoleAppRunner, "tasks.apprunner.amazonaws.com", [[new("apprunner:CreateService", "arn:aws:apprunner:{region}:{account}:service/{name}/*")]]),
        new(Techniques.PassRoleBedrockCodeInterpreter, "bedrock-agentcore.amazonaws.com",
            [[new("bedrock-agentcore:CreateCodeInterpreter", "arn:aws:bedrock-agentcore:{region}:{account}:code-interpreter-custom/{name}"),
              new("bedrock-agentcore:StartCodeInterpreterSession", "arn:aws:bedrock-agentcore:{region}:{account}:code-interpreter-custom/{name}"),
              new("bedrock-agentcore:InvokeCodeInterpreter", "arn:aws:bedrock-agentcore:{region}:{account}:code-interpreter-custom/{name}")]]),
    ];

    public static readonly IReadOnlyList<UncollectedTakeover> Uncollected =
    [
        new(Techniques.GlueUpdateDevEndpoint, "glue.amazonaws.com", "Glue development endpoints", [[new("glue:UpdateDevEndpoint", "arn:aws:glue:{region}:{account}:devEndpoint/{name}")]]),
        new(Techniques.PassRoleGlueJob with { Id = "glue-update-job", Title = "update a Glue job that runs as the target role and run it" }, "glue.amazonaws.com", "Glue jobs",
            [[new("glue:UpdateJob", "arn:aws:glue:{region}:{account}:job/{name}"), new("glue:StartJobRun", "arn:aws:glue:{region}:{account}:job/{name}")]]),
        new(Techniques.CloudFormationUpdateStack, "cloudformation.amazonaws.com", "CloudFormation stacks", [[new("cloudformation:UpdateStack", "arn:aws:cloudformation:{region}:{account}:stack/{name}/*")]]),
        new(Techniques.CloudFormationChangeSet, "cloudformation.amazonaws.com", "CloudFormation stacks",
            [[new("cloudformation:CreateChangeSet", "arn:aws:cloudformation:{region}:{account}:stack/{name}/*"), new("cloudformation:ExecuteChangeSet", "arn:aws:cloudformation:{region}:{account}:stack/{name}/*")]]),
        new(Techniques.CodeBuildStartBuild, "codebuild.amazonaws.com", "CodeBuild projects",
        [
            [new("codebuild:StartBuild", "arn:aws:codebuild:{region}:{account}:project/{name}")],
            [new("codebuild:StartBuildBatch", "arn:aws:codebuild:{region}:{account}:project/{name}")],
        ]),
        new(Techniques.SageMakerPresignedUrl, "sagemaker.amazonaws.com", "SageMaker notebook instances",
            [[new("sagemaker:CreatePresignedNotebookInstanceUrl", "arn:aws:sagemaker:{region}:{account}:notebook-instance/{name}")]]),
        new(Techniques.SageMakerLifecycleConfig, "sagemaker.amazonaws.com", "SageMaker notebook instances",
            [[new("sagemaker:CreateNotebookInstanceLifecycleConfig", "arn:aws:sagemaker:{region}:{account}:notebook-instance-lifecycle-config/{name}"),
              new("sagemaker:StopNotebookInstance", "arn:aws:sagemaker:{region}:{account}:notebook-instance/{name}"),
              new("sagemaker:UpdateNotebookInstance", "arn:aws:sagemaker:{region}:{account}:notebook-instance/{name}"),
              new("sagemaker:StartNotebookInstance", "arn:aws:sagemaker:{region}:{account}:notebook-instance/{name}")]]),
        new(Techniques.AppRunnerUpdateService, "tasks.apprunner.amazonaws.com", "App Runner services", [[new("apprunner:UpdateService", "arn:aws:apprunner:{region}:{account}:service/{name}/*")]]),
        new(Techniques.BedrockCodeInterpreterSession, "bedrock-agentcore.amazonaws.com", "Bedrock AgentCore code interpreters",
            [[new("bedrock-agentcore:StartCodeInterpreterSession", "arn:aws:bedrock-agentcore:{region}:{account}:code-interpreter-custom/{name}"),
              new("bedrock-agentcore:InvokeCodeInterpreter", "arn:aws:bedrock-agentcore:{region}:{account}:code-interpreter-custom/{name}")]]),
        new(Techniques.EcsExecuteCommand, "ecs-tasks.amazonaws.com", "ECS tasks",
            [[new("ecs:ExecuteCommand", "arn:aws:ecs:{region}:{account}:task/*/{name}"), new("ecs:DescribeTasks", "arn:aws:ecs:{region}:{account}:task/*/{name}")]]),
    ];

    /// <summary>The service principals a role may trust for a technique to pass it or take over a resource running as it.</summary>
    public static IReadOnlyList<string> ServicePrincipals { get; } =
        [.. PassRole.Select(t => t.ServicePrincipal).Concat(Uncollected.Select(t => t.ServicePrincipal)).Distinct(StringComparer.Ordinal)];
}
