using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IntakeParties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Complaints registered before joint complainants existed had the main complainant only.
            migrationBuilder.AddColumn<int>(
                name: "ComplainantCount",
                table: "Complaints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "ComplaintParties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 496, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 240, nullable: true),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 240, nullable: true),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    AuthorizationReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AuthorizedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintParties_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintParties_ComplaintId_Role_Position",
                table: "ComplaintParties",
                columns: new[] { "ComplaintId", "Role", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComplaintParties");

            migrationBuilder.DropColumn(
                name: "ComplainantCount",
                table: "Complaints");
        }
    }
}
