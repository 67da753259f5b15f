using Vigil.Core.Model.CloudTrail;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::CloudTrail::Trail. Without EventSelectors a trail records all management events, as
/// GetEventSelectors reports for a new trail; AdvancedEventSelectors are read for their management-event and data
/// resource fields only.</summary>
internal sealed class TrailMapper : IResourceMapper
{
    public string Type => "AWS::CloudTrail::Trail";

    public void Map(MappedResource r, MappingContext context) => context.Add(new Trail
    {
        Arn = r.Arn,
        Name = r.Name,
        AccountId = r.Account,
        Region = r.Region,
        Tags = r.Tags(),
        HomeRegion = r.Region,
        IsLogging = r.Bool("IsLogging", "IsLogging") ?? false,
        IsMultiRegion = r.Bool("IsMultiRegion", "IsMultiRegionTrail") ?? false,
        IsOrganizationTrail = r.Bool("IsOrganizationTrail", "IsOrganizationTrail") ?? false,
        LogFileValidationEnabled = r.Bool("LogFileValidationEnabled", "EnableLogFileValidation") ?? false,
        KmsKeyId = r.String("KmsKeyId", "KMSKeyId"),
        S3BucketName = r.String("S3BucketName", "S3BucketName"),
        CloudWatchLogsLogGroupArn = r.String("CloudWatchLogsLogGroupArn", "CloudWatchLogsLogGroupArn"),
        IncludeGlobalServiceEvents = r.Bool("IncludeGlobalServiceEvents", "IncludeGlobalServiceEvents") ?? true,
        EventSelectors = EventSelectors(r),
    }, r);

    private static List<EventSelector> EventSelectors(MappedResource r)
    {
        if (!r.Known("EventSelectors", "EventSelectors") || !r.Known("EventSelectors", "AdvancedEventSelectors")) return [];
        if (r.Value("EventSelectors") is CfnList { Items.Count: > 0 } basic)
        {
            return basic.Items.OfType<CfnMap>().Select(s => new EventSelector
            {
                ReadWriteType = (s["ReadWriteType"] as CfnString)?.Value ?? "All",
                IncludeManagementEvents = (s["IncludeManagementEvents"] as CfnString)?.Value is not { } include || include.Equals("true", StringComparison.OrdinalIgnoreCase),
                ExcludeManagementEventSources = MappedResource.StringsOf(s["ExcludeManagementEventSources"]),
                DataResources = (s["DataResources"] as CfnList)?.Items.OfType<CfnMap>()
                    .Select(d => new DataResource((d["Type"] as CfnString)?.Value ?? "", MappedResource.StringsOf(d["Values"]))).ToList() ?? [],
            }).ToList();
        }
        if (r.Value("AdvancedEventSelectors") is CfnList { Items.Count: > 0 } advanced)
            return advanced.Items.OfType<CfnMap>().Select(Advanced).ToList();
        return [new EventSelector { ReadWriteType = "All", IncludeManagementEvents = true }];
    }

    private static EventSelector Advanced(CfnMap selector)
    {
        var fields = (selector["FieldSelectors"] as CfnList)?.Items.OfType<CfnMap>().ToList() ?? [];
        string? Equal(string field) => MappedResource.StringsOf(fields.FirstOrDefault(f => (f["Field"] as CfnString)?.Value == field)?["Equals"]) is [var first, ..] ? first : null;
        var category = Equal("eventCategory");
        var readOnly = Equal("readOnly");
        return new EventSelector
        {
            ReadWriteType = readOnly switch { "true" => "ReadOnly", "false" => "WriteOnly", _ => "All" },
            IncludeManagementEvents = category == "Management",
            DataResources = category == "Data" && Equal("resources.type") is { } type ? [new DataResource(type, [$"arn:aws:{type.Split("::")[1].ToLowerInvariant()}"])] : [],
        };
    }
}
