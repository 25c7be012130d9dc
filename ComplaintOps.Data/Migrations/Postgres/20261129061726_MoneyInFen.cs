using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MoneyInFen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Yuan → fen while the columns still hold yuan. A disputed amount beyond 10^12 ¥ (decimal.MaxValue got in
            // before validation) made its complaint unreadable: it is cleared, as no exact value exists to keep.
            migrationBuilder.Sql("UPDATE \"Complaints\" SET \"DisputedAmount\" = NULL WHERE \"DisputedAmount\" > 1000000000000 OR \"DisputedAmount\" < 0;");
            migrationBuilder.Sql("UPDATE \"Complaints\" SET \"DisputedAmount\" = ROUND(\"DisputedAmount\" * 100, 0), \"CompensationAmount\" = ROUND(\"CompensationAmount\" * 100, 0);");

            migrationBuilder.RenameColumn(
                name: "DisputedAmount",
                table: "Complaints",
                newName: "DisputedAmountFen");

            migrationBuilder.RenameColumn(
                name: "CompensationAmount",
                table: "Complaints",
                newName: "CompensationAmountFen");

            migrationBuilder.AlterColumn<long>(
                name: "DisputedAmountFen",
                table: "Complaints",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "CompensationAmountFen",
                table: "Complaints",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "DisputedAmountFen",
                table: "Complaints",
                newName: "DisputedAmount");

            migrationBuilder.RenameColumn(
                name: "CompensationAmountFen",
                table: "Complaints",
                newName: "CompensationAmount");

            migrationBuilder.AlterColumn<decimal>(
                name: "DisputedAmount",
                table: "Complaints",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "CompensationAmount",
                table: "Complaints",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint");

            // Fen → yuan, now that the columns are decimal again.
            migrationBuilder.Sql("UPDATE \"Complaints\" SET \"DisputedAmount\" = \"DisputedAmount\" / 100, \"CompensationAmount\" = \"CompensationAmount\" / 100;");
        }
    }
}
