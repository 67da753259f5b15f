using Vigil.Core;
using Vigil.Core.Model;
using Vigil.Importers.Terraform.Mappers;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform;

/// <summary>Reads the JSON of <c>terraform show -json PLAN</c> (format 1.x) into a snapshot of the planned AWS resources.</summary>
internal sealed class TerraformPlanImporter : IImporter
{
    public string Kind => "terraform-plan";

    public async Task<Snapshot> ImportAsync(string path, ImportOptions options, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VigilInputException($"{path}: cannot read the file: {e.Message}", e);
        }
        using var json = PlanJson.Parse(path, bytes);
        var plan = PlanDocument.Read(path, json.RootElement);
        var builder = new SnapshotBuilder();
        var context = new MappingContext(path, options, plan, builder);
        foreach (var mapper in ResourceMappers.All)
        {
            foreach (var instance in context.Index.OfType(mapper.Type)) mapper.Map(instance, context);
        }
        foreach (var region in plan.Instances.Select(context.Region).DefaultIfEmpty(options.Region).Distinct(StringComparer.Ordinal)) builder.Region(region);
        return builder.Build();
    }
}
