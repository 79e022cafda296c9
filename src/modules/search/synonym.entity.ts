import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Terms that mean the same thing to customers of one locale (`cb`, `carte bancaire`, `carte bleue`). */
@Entity('synonym_groups')
export class SynonymGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  locale: string;

  @Column('text', { array: true })
  terms: string[];

  /** Bumped on every change: the base an update must name. */
  @Column('int')
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
