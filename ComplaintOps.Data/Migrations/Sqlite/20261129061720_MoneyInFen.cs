using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(double),
                oldType: "REAL",
                oldPrecision: 18,
                oldScale: 2,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "CompensationAmountFen",
                table: "Complaints",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(double),
                oldType: "REAL",
                oldPrecision: 18,
                oldScale: 2);

            // The rebuild copied the values into INTEGER columns; make sure each is stored as an integer, not a REAL.
            migrationBuilder.Sql("UPDATE \"Complaints\" SET \"DisputedAmountFen\" = CAST(\"DisputedAmountFen\" AS INTEGER), \"CompensationAmountFen\" = CAST(\"CompensationAmountFen\" AS INTEGER);");
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

            migrationBuilder.AlterColumn<double>(
                name: "DisputedAmount",
                table: "Complaints",
                type: "REAL",
                precision: 18,
                scale: 2,
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<double>(
                name: "CompensationAmount",
                table: "Complaints",
                type: "REAL",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            // Fen → yuan, now that the columns are decimal again.
            migrationBuilder.Sql("UPDATE \"Complaints\" SET \"DisputedAmount\" = \"DisputedAmount\" / 100.0, \"CompensationAmount\" = \"CompensationAmount\" / 100.0;");
        }
    }
}
