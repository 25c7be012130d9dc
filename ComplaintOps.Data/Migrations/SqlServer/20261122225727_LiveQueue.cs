using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LiveQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsOpen",
                table: "Complaints",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextAtRiskAtUtc",
                table: "Complaints",
                type: "datetimeoffset",
                nullable: true);

            // Existing rows: open unless the complaint has left the process.
            migrationBuilder.Sql("UPDATE [Complaints] SET [IsOpen] = CASE WHEN [Status] IN ('Closed', 'Withdrawn', 'Rejected', 'Merged') THEN 0 ELSE 1 END;");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_IsOpen_NextDueAtUtc",
                table: "Complaints",
                columns: new[] { "IsOpen", "NextDueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintClocks_MetAtUtc",
                table: "ComplaintClocks",
                column: "MetAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_IsOpen_NextDueAtUtc",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintClocks_MetAtUtc",
                table: "ComplaintClocks");

            migrationBuilder.DropColumn(
                name: "IsOpen",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "NextAtRiskAtUtc",
                table: "Complaints");
        }
    }
}
