using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>How many planned resources place network interfaces in a security group (instances, load balancers,
/// databases, functions in a VPC, launch templates, EFS mount targets, network interfaces).</summary>
internal static class SecurityGroupAttachments
{
    private static readonly (string Type, string Attribute)[] Users =
    [
        ("aws_instance", "vpc_security_group_ids"),
        ("aws_instance", "security_groups"),
        ("aws_lb", "security_groups"),
        ("aws_alb", "security_groups"),
        ("aws_elb", "security_groups"),
        ("aws_db_instance", "vpc_security_group_ids"),
        ("aws_rds_cluster", "vpc_security_group_ids"),
        ("aws_lambda_function", "vpc_config[0].security_group_ids"),
        ("aws_launch_template", "vpc_security_group_ids"),
        ("aws_efs_mount_target", "security_groups"),
        ("aws_network_interface", "security_groups"),
    ];

    public static int Count(PlanInstance group, MappingContext context)
    {
        var identity = context.Identity(group);
        var count = 0;
        foreach (var (type, attribute) in Users)
        {
            foreach (var user in context.Index.OfType(type))
            {
                var value = context.Read(user, attribute);
                var uses = value.Kind == PlanValueKind.Reference
                    ? value.AllReferenced!.Contains(group)
                    : value.Strings.Any(id => id == identity.Id || id == identity.Name);
                if (uses) count++;
            }
        }
        return count;
    }
}
