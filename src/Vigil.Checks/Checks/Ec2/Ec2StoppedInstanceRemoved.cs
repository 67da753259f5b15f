using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2StoppedInstanceRemoved : Check<Ec2Instance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-stopped-instance-removed",
        Title = "EC2 instances are not left stopped longer than the allowed number of days",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.Governance,
        Risk = "Long-stopped instances miss patches and configuration changes; when restarted they come back outdated and vulnerable, and their volumes keep data nobody looks after.",
        Remediation = new()
        {
            Text = "Terminate instances that have been stopped longer than the allowed period (after taking any snapshots you need), or start and patch them if they are still in use.",
            Cli = "aws ec2 terminate-instances --instance-ids INSTANCE_ID",
            Terraform = "# Remove the aws_instance resource of the unused instance from the configuration and apply.",
            CloudFormation = "# Remove the AWS::EC2::Instance resource of the unused instance from the template and update the stack.",
            Url = "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-4",
        },
    };

    public override IReadOnlyList<string>? Reads => ["State", "StateTransitionTime"];

    public override CheckOutcome Evaluate(Ec2Instance instance, CheckContext context)
    {
        if (instance.State != "stopped") return NotApplicable;
        if (instance.StateTransitionTime is not { } since)
            return CheckOutcome.Error($"When instance {instance.InstanceId} was stopped was not collected.");
        var days = context.DaysSince(since);
        var limit = context.Settings.StoppedInstanceMaxDays;
        return days > limit
            ? Fail($"Instance {instance.InstanceId} has been stopped for {days} days (more than {limit}).")
            : Pass($"Instance {instance.InstanceId} has been stopped for {days} days (at most {limit} allowed).");
    }
}
