using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform;

/// <summary>Synthetic ARNs of planned resources, built from the account and region the plan is imagined deployed to
/// and the physical name when the configuration declares it, else the resource address (stable across runs). Ids AWS
/// assigns at creation (sg-..., vpc-..., i-..., key ids) are the resource address.</summary>
internal static class IdentityRules
{
    public static ResourceIdentity For(PlanInstance instance, string account, string region, AttributeReader reader)
    {
        string? Known(string attribute) => reader.Read(instance, attribute).String;
        var physical = instance.Type switch
        {
            "aws_s3_bucket" => Known("bucket"),
            "aws_db_instance" or "aws_rds_cluster_instance" => Known("identifier"),
            "aws_rds_cluster" => Known("cluster_identifier"),
            "aws_lambda_function" => Known("function_name"),
            "aws_lambda_layer_version" => Known("layer_name"),
            "aws_kms_key" or "aws_vpc" or "aws_subnet" or "aws_instance" or "aws_ebs_volume" or "aws_efs_file_system"
                or "aws_cloudfront_distribution" or "aws_acm_certificate" or "aws_network_acl" or "aws_backup_plan" or "aws_flow_log" => null,
            _ => Known("name"),
        };
        var name = physical ?? instance.Address;
        var id = instance.Address;
        var path = Known("path") ?? "/";
        var arn = instance.Type switch
        {
            "aws_s3_bucket" => $"arn:aws:s3:::{name}",
            "aws_iam_role" => $"arn:aws:iam::{account}:role{path}{name}",
            "aws_iam_user" => $"arn:aws:iam::{account}:user{path}{name}",
            "aws_iam_group" => $"arn:aws:iam::{account}:group{path}{name}",
            "aws_iam_policy" => $"arn:aws:iam::{account}:policy{path}{name}",
            "aws_iam_instance_profile" => $"arn:aws:iam::{account}:instance-profile{path}{name}",
            "aws_kms_key" => $"arn:aws:kms:{region}:{account}:key/{id}",
            "aws_kms_alias" => $"arn:aws:kms:{region}:{account}:{name}",
            "aws_security_group" => $"arn:aws:ec2:{region}:{account}:security-group/{id}",
            "aws_instance" => $"arn:aws:ec2:{region}:{account}:instance/{id}",
            "aws_ebs_volume" => $"arn:aws:ec2:{region}:{account}:volume/{id}",
            "aws_vpc" => $"arn:aws:ec2:{region}:{account}:vpc/{id}",
            "aws_subnet" => $"arn:aws:ec2:{region}:{account}:subnet/{id}",
            "aws_network_acl" => $"arn:aws:ec2:{region}:{account}:network-acl/{id}",
            "aws_launch_template" => $"arn:aws:ec2:{region}:{account}:launch-template/{id}",
            "aws_cloudtrail" => $"arn:aws:cloudtrail:{region}:{account}:trail/{name}",
            "aws_db_instance" => $"arn:aws:rds:{region}:{account}:db:{name}",
            "aws_rds_cluster" => $"arn:aws:rds:{region}:{account}:cluster:{name}",
            "aws_dynamodb_table" => $"arn:aws:dynamodb:{region}:{account}:table/{name}",
            "aws_lambda_function" => $"arn:aws:lambda:{region}:{account}:function:{name}",
            // The version is assigned at apply; a layer the plan creates starts at 1.
            "aws_lambda_layer_version" => $"arn:aws:lambda:{region}:{account}:layer:{name}:1",
            "aws_lb" or "aws_alb" => $"arn:aws:elasticloadbalancing:{region}:{account}:loadbalancer/{name}",
            "aws_elb" => $"arn:aws:elasticloadbalancing:{region}:{account}:loadbalancer/{name}",
            "aws_sns_topic" => $"arn:aws:sns:{region}:{account}:{name}",
            "aws_sqs_queue" => $"arn:aws:sqs:{region}:{account}:{name}",
            "aws_cloudwatch_log_group" => $"arn:aws:logs:{region}:{account}:log-group:{name}",
            "aws_cloudwatch_event_rule" => $"arn:aws:events:{region}:{account}:rule/{name}",
            "aws_efs_file_system" => $"arn:aws:elasticfilesystem:{region}:{account}:file-system/{id}",
            "aws_secretsmanager_secret" => $"arn:aws:secretsmanager:{region}:{account}:secret:{name}",
            "aws_ecr_repository" => $"arn:aws:ecr:{region}:{account}:repository/{name}",
            "aws_cloudfront_distribution" => $"arn:aws:cloudfront::{account}:distribution/{id}",
            "aws_backup_vault" => $"arn:aws:backup:{region}:{account}:backup-vault:{name}",
            "aws_backup_plan" => $"arn:aws:backup:{region}:{account}:backup-plan:{id}",
            "aws_acm_certificate" => $"arn:aws:acm:{region}:{account}:certificate/{id}",
            "aws_autoscaling_group" => $"arn:aws:autoscaling:{region}:{account}:autoScalingGroup:{id}:autoScalingGroupName/{name}",
            _ => $"arn:aws:{Service(instance.Type)}:{region}:{account}:{instance.Type}/{id}",
        };
        var alias = instance.Type == "aws_sqs_queue" ? $"https://sqs.{region}.amazonaws.com/{account}/{name}" : null;
        return new ResourceIdentity(arn, name, id, physical is not null) { Alias = alias };
    }

    private static string Service(string type)
    {
        var parts = type.Split('_');
        return parts.Length > 1 ? parts[1] : type;
    }
}
