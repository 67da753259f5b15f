using Vigil.Core.Checks;

namespace Vigil.Checks.Checks.CloudTrail;

internal sealed class CloudTrailS3DataEventsWriteEnabled : S3DataEventsCheck
{
    protected override bool ReadEvents => false;

    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "cloudtrail-s3-data-events-write-enabled",
        Title = "Each account records S3 object-level write events for all buckets",
        Severity = Severity.Medium,
        Service = "cloudtrail",
        Domain = Domain.LoggingMonitoring,
        Risk = "Management events do not show object access: without object-level write events (PutObject and DeleteObject) there is no record of which objects were changed or deleted and by whom.",
        Remediation = new()
        {
            Text = "Add an event selector to a multi-region trail that records write data events of type AWS::S3::Object for all current and future buckets (or use an advanced event selector with the same scope).",
            Cli = "aws cloudtrail put-event-selectors --trail-name TRAIL_NAME --event-selectors '[{\"ReadWriteType\":\"WriteOnly\",\"IncludeManagementEvents\":true,\"DataResources\":[{\"Type\":\"AWS::S3::Object\",\"Values\":[\"arn:aws:s3\"]}]}]'",
            Terraform = """
                resource "aws_cloudtrail" "this" {
                  # ...
                  event_selector {
                    read_write_type           = "All"
                    include_management_events = true
                    data_resource {
                      type   = "AWS::S3::Object"
                      values = ["arn:aws:s3"]
                    }
                  }
                }
                """,
            CloudFormation = """
                Trail:
                  Type: AWS::CloudTrail::Trail
                  Properties:
                    EventSelectors:
                      - ReadWriteType: All
                        IncludeManagementEvents: true
                        DataResources:
                          - Type: AWS::S3::Object
                            Values: ["arn:aws:s3"]
                """,
            Url = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html",
        },
    };
}
