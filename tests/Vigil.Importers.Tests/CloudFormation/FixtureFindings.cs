using Vigil.Checks;
using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Importers.Tests.CloudFormation;

/// <summary>The non-pass findings of a scan of a snapshot with the whole built-in catalog, one
/// "check-id TAB resource-name TAB status" line each, sorted.</summary>
internal static class FixtureFindings
{
    private static readonly DateTimeOffset ScanTime = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public static List<string> Of(Snapshot snapshot) =>
        ScanEngine.Evaluate(snapshot, BuiltInChecks.Catalog.Checks, new CheckContext(snapshot, ScanTime, CheckSettings.Default), CancellationToken.None)
            .Where(f => f.Status != FindingStatus.Pass)
            .Select(f => $"{f.Metadata.Id}\t{f.ResourceRef.Name}\t{f.Status.ToString().ToLowerInvariant()}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
