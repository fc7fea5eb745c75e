using System.Text;
using Bronbank.Domain.Validation;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Infrastructure.Tables;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Volunteers;

/// <summary>Spreadsheet import (CSV or .xlsx) and export of volunteer profiles.</summary>
public static class VolunteerTransferApi
{
    public const long MaxImportBytes = 20 * 1024 * 1024;

    public static IEndpointRouteBuilder MapVolunteerTransfer(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/volunteers/import", Import).WithTags("Volunteers").WithName("ImportVolunteers")
            .WithSummary("Import volunteers from CSV (text/csv) or Excel (.xlsx); dryRun=true only reports; comma or semicolon, UTF-8 or Windows-1252. Columns (or their Dutch names): " + string.Join(", ", VolunteerColumns.All))
            .RequireAuthorization(Policies.ProfilesWrite).Audited("imported", "volunteer")
            .WithMetadata(new RequestBodyLimit.BodyLimit(MaxImportBytes))
            .Accepts<string>("text/csv", "application/csv", XlsxTable.ContentType)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        routes.MapGet("/api/v1/volunteers/export", Export).WithTags("Volunteers").WithName("ExportVolunteers")
            .WithSummary("Export volunteers as CSV or .xlsx (format=csv|xlsx); contact details for staff only, coordinators see those with consent for matching")
            .RequireAuthorization(Policies.ProfilesRead).Audited("exported", "volunteer")
            .Produces<string>(StatusCodes.Status200OK, "text/csv", XlsxTable.ContentType)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }

    public static async Task<Results<Ok<ImportReport>, ValidationProblem>> Import(
        HttpRequest request, VolunteerImport import, CancellationToken ct, bool dryRun = false)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var upload = ImportFile.Read(buffer.ToArray(), request.ContentType);
        if (upload.Errors is { } errors) return Problems.Validation(new() { ["file"] = errors });
        return TypedResults.Ok(await import.RunAsync(upload.Table, dryRun, request.HttpContext.User.ActorId(), ct, upload.Separators));
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(
        HttpContext context, IQuerySession session, IAuditLog audit, CancellationToken ct, string format = "csv")
    {
        if (format is not "csv" and not "xlsx") return Problems.Validation(ErrorBag.Of("format", "One of csv, xlsx.").ToDictionary());
        var staff = context.User.IsInRole(Roles.Staff);
        IQueryable<Volunteer> query = session.Query<Volunteer>();
        var volunteers = (await query.OrderBy(v => v.Name).ToListAsync(ct)).Where(v => staff || v.Consent?.Matching == true).ToList();
        var columns = staff ? VolunteerColumns.All : VolunteerColumns.WithoutContact;
        // Each profile whose e-mail or phone leaves in the file is a read of contact details (the filter flushes them).
        if (staff) foreach (var v in volunteers.Where(v => ContactDetailRule.Shows(context.User, v))) audit.Record(context.User, ContactDetailRule.AuditAction, "volunteer", v.Id);
        var rows = volunteers.Select(v => VolunteerColumns.Row(v, columns)).Prepend(columns);
        return format == "xlsx"
            ? TypedResults.File(XlsxTable.Write("Vrijwilligers", rows), XlsxTable.ContentType, "bronbank-vrijwilligers.xlsx")
            : TypedResults.File(Encoding.UTF8.GetBytes(CsvTable.Write(rows)), "text/csv; charset=utf-8", "bronbank-vrijwilligers.csv");
    }
}
