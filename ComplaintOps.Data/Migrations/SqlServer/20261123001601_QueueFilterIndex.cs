using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class QueueFilterIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Complaints_QueueFilters",
                table: "Complaints",
                columns: new[] { "IsOpen", "Department", "Category", "Severity", "CustomerTier", "NextDueAtUtc", "NextAtRiskAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_QueueFilters",
                table: "Complaints");
        }
    }
}
