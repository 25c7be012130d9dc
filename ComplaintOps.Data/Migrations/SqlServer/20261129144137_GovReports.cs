using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class GovReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Region",
                table: "Complaints",
                type: "nvarchar(6)",
                maxLength: 6,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InstitutionFigures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodKey = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Branches = table.Column<int>(type: "int", nullable: false),
                    PersonalCustomers = table.Column<long>(type: "bigint", nullable: false),
                    MedianPerThousandBranches = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    MedianPerTenMillionCustomers = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    MediansSource = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    EnteredById = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    EnteredByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EnteredAtUtc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionFigures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportReminders",
                columns: table => new
                {
                    PeriodKey = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    WrittenAtUtc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportReminders", x => x.PeriodKey);
                });

            migrationBuilder.CreateTable(
                name: "ReportSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    PeriodKey = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Figures = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SignedById = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    SignedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SignedAtUtc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSnapshots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionFigures_PeriodKey_EnteredAtUtc",
                table: "InstitutionFigures",
                columns: new[] { "PeriodKey", "EnteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportSnapshots_Kind_PeriodKey",
                table: "ReportSnapshots",
                columns: new[] { "Kind", "PeriodKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InstitutionFigures");

            migrationBuilder.DropTable(
                name: "ReportReminders");

            migrationBuilder.DropTable(
                name: "ReportSnapshots");

            migrationBuilder.DropColumn(
                name: "Region",
                table: "Complaints");
        }
    }
}
