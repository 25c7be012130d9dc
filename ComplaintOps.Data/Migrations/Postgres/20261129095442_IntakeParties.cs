using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "ComplaintParties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(496)", maxLength: 496, nullable: false),
                    Phone = table.Column<string>(type: "character varying(240)", maxLength: 240, nullable: true),
                    IdNumber = table.Column<string>(type: "character varying(240)", maxLength: 240, nullable: true),
                    Relationship = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    AuthorizationReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AuthorizedOn = table.Column<DateOnly>(type: "date", nullable: true)
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
